import { describe, expect, it } from 'vitest';

import {
  mappingInput,
  mappingProblemText,
  withTarget,
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

  it('fall back to the server text for a code this build does not know', () => {
    expect(mappingProblemText(en.t, problem('NEW_RULE', 'A', null))).toBe(
      'server text',
    );
  });
});
