import { describe, expect, it } from 'vitest';

import { reportCsv } from '@/features/imports/reportCsv';

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
});
