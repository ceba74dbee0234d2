import { describe, expect, it } from 'vitest';

import {
  columnLabel,
  ignoredInput,
  mappingInput,
  mappingProblemText,
  rowsOf,
  unmappedColumns,
  withIgnored,
  withTarget,
  withTemplate,
} from '@/features/imports/mapping';
import { createI18n } from '@/lib/i18n';

const ROWS = [
  { column: '姓名', target: 'full_name' },
  { column: '电话', target: 'mobile_phone' },
  { column: '备注', target: null },
];

describe('mapping', () => {
  it('sends only the columns that have a field', () => {
    expect(mappingInput(ROWS)).toEqual([
      { column: '姓名', target: 'full_name' },
      { column: '电话', target: 'mobile_phone' },
    ]);
  });

  it('moves a field taken by another column to the new one', () => {
    expect(withTarget(ROWS, '备注', 'mobile_phone')).toEqual([
      { column: '姓名', target: 'full_name' },
      { column: '电话', target: null },
      { column: '备注', target: 'mobile_phone' },
    ]);
  });

  it('clears a column', () => {
    expect(withTarget(ROWS, '姓名', undefined)[0]).toEqual({
      column: '姓名',
      target: null,
    });
  });
});

describe('unmapped and ignored columns', () => {
  it('lists the columns neither mapped nor ignored, a blank header aside', () => {
    const rows = [...ROWS, { column: '', target: null }];
    expect(unmappedColumns(rows)).toEqual(['备注']);
    expect(unmappedColumns(withIgnored(rows, ['备注'], true))).toEqual([]);
  });

  it('sends the ignored columns, and ignoring a mapped one takes its field', () => {
    const rows = withIgnored(ROWS, ['备注', '电话'], true);
    expect(ignoredInput(rows)).toEqual(['电话', '备注']);
    expect(mappingInput(rows)).toEqual([{ column: '姓名', target: 'full_name' }]);
    expect(unmappedColumns(withIgnored(rows, ['电话'], false))).toEqual(['电话']);
  });

  it('takes the ignore back when a column is given a field', () => {
    const rows = withTarget(withIgnored(ROWS, ['备注'], true), '备注', 'address');
    expect(rows[2]).toEqual({ column: '备注', target: 'address' });
    expect(ignoredInput(rows)).toEqual([]);
  });

  it('reads the ignored columns of a preview and of a template', () => {
    const preview = { mapping: ROWS, ignoredColumns: ['备注'] };
    expect(ignoredInput(rowsOf(preview))).toEqual(['备注']);
    const template = {
      mapping: [{ column: '姓名', target: 'full_name' }],
      ignoredColumns: ['电话'],
    };
    const laid = withTemplate(rowsOf(preview), template);
    expect(ignoredInput(laid)).toEqual(['电话']);
    expect(unmappedColumns(laid)).toEqual(['备注']);
  });
});

describe('mapping problems', () => {
  const en = createI18n({ language: 'en' });
  const zh = createI18n({ language: 'zh' });
  const problem = (code, column, target) => ({
    field: 'mapping',
    code,
    message: 'server text',
    column,
    target,
  });

  it('name the column and the field in the reader language', () => {
    expect(mappingProblemText(en.t, problem('UNKNOWN_COLUMN', '传真', null))).toBe(
      'The file has no column “传真”.',
    );
    expect(
      mappingProblemText(
        zh.t,
        problem('TARGET_MAPPED_TWICE', '证件号码', 'mobile_phone'),
      ),
    ).toContain('“证件号码”列');
    expect(mappingProblemText(zh.t, problem('REQUIRED', null, 'full_name'))).toBe(
      '请将一列对应到姓名/名称。',
    );
    expect(mappingProblemText(en.t, problem('UNKNOWN_TARGET', null, 'fax'))).toBe(
      '“fax” is not a field: its default cannot be used.',
    );
  });

  it('name an unmapped column in both languages', () => {
    const unmapped = problem('UNMAPPED_COLUMN', '备注', null);
    expect(mappingProblemText(en.t, unmapped)).toBe(
      'Column “备注” is not mapped: map it to a field or ignore it.',
    );
    expect(mappingProblemText(zh.t, unmapped)).toContain('“备注”列未对应字段');
  });

  it('fall back to the server text for a code this build does not know', () => {
    expect(mappingProblemText(en.t, problem('NEW_RULE', 'A', null))).toBe(
      'server text',
    );
  });
});

describe('column labels', () => {
  it('translates the positional name of a blank header and nothing else', () => {
    const zh = createI18n({ language: 'zh' }).t;
    const en = createI18n({ language: 'en' }).t;

    expect(columnLabel(zh, 'Column B')).toBe('列 B');
    expect(columnLabel(en, 'Column AA')).toBe('Column AA');
    expect(columnLabel(zh, '手机号')).toBe('手机号');
    expect(columnLabel(zh, 'Column b2')).toBe('Column b2');
  });
});
