import { describe, expect, it } from 'vitest';

import { reportCsv, reportLines } from '@/features/imports/reportCsv';

describe('reportCsv', () => {
  it('writes one line per bad cell after a header, with a BOM for Excel', () => {
    const csv = reportCsv([
      {
        row: 3,
        column: '手机号',
        field: 'mobile_phone',
        value: '1***5',
        code: 'INVALID_PHONE',
        message: 'Not a valid phone number',
      },
    ]);

    expect(csv).toBe(
      '\uFEFFrow,column,field,value,code,message\r\n' +
        '3,手机号,mobile_phone,1***5,INVALID_PHONE,Not a valid phone number\r\n',
    );
  });

  it('quotes commas and neutralises formula-like text', () => {
    const csv = reportCsv([
      {
        row: 2,
        column: '=HYPERLINK("x")',
        field: 'f',
        value: '',
        code: 'C',
        message: 'a, b',
      },
    ]);

    expect(csv.split('\r\n')[1]).toBe(`2,"'=HYPERLINK(""x"")",f,,C,"a, b"`);
  });

  it('lists the rows held for review beside the bad cells, in row order', () => {
    const bad = { row: 4, column: '手机号', code: 'INVALID_PHONE', message: 'm' };
    const report = {
      problems: [bad],
      skipped: [
        { row: 2, reasons: ['NEEDS_REVIEW'] },
        { row: 4, reasons: ['INVALID_PHONE'] },
      ],
    };

    const reason = (problem) => `why ${problem.code}`;

    const lines = reportLines(report, reason);

    expect(lines).toEqual([
      { row: 2, code: 'NEEDS_REVIEW', message: 'why NEEDS_REVIEW' },
      { ...bad, message: 'why INVALID_PHONE' },
    ]);
    expect(reportCsv(lines).split('\r\n')[1]).toBe(
      '2,,,,NEEDS_REVIEW,why NEEDS_REVIEW',
    );
  });
});
