import { describe, expect, it } from 'vitest';

import { problemValue } from '@/features/imports/ProblemList';
import { createI18n } from '@/lib/i18n';

describe('a bad cell value in the problem list', () => {
  it('shows a coded value as its label, in either language', async () => {
    const problem = { value: 'FEMALE', valueKind: 'Gender' };
    const en = createI18n({ language: 'en' });
    const zh = createI18n({ language: 'zh' });
    expect(problemValue(problem, en.t.bind(en))).toBe('Female');
    expect(problemValue(problem, zh.t.bind(zh))).toBe('女');
  });

  it('shows any other value as the server masked it', () => {
    const t = () => 'never';
    expect(problemValue({ value: '1***5', valueKind: null }, t)).toBe('1***5');
  });
});
