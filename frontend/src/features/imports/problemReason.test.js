import { describe, expect, it } from 'vitest';

import en from '@/locales/en.json';
import zh from '@/locales/zh.json';
import { problemReason } from '@/features/imports/problemReason';
import { createI18n } from '@/lib/i18n';

describe('import problem reasons', () => {
  it('words a known code in the UI language', () => {
    const problem = { code: 'PRECISION_LOST', message: 'lost digits' };

    expect(problemReason(createI18n({ language: 'zh' }), problem)).toMatch(
      /丢失了位数/,
    );
    expect(problemReason(createI18n({ language: 'en' }), problem)).toMatch(
      /lost digits/,
    );
  });

  it("keeps the server's message for a code the build does not know", () => {
    const problem = { code: 'NEW_RULE', message: 'A rule added on the server' };

    expect(problemReason(createI18n({ language: 'zh' }), problem)).toBe(
      problem.message,
    );
  });

  it('has every code in both languages', () => {
    expect(Object.keys(zh.imports.problems).sort()).toEqual(
      Object.keys(en.imports.problems).sort(),
    );
  });
});
