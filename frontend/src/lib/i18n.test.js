import { describe, expect, it } from 'vitest';

import { createI18n, preferredLanguage, rememberLanguage } from '@/lib/i18n';

describe('preferredLanguage', () => {
  it.each([
    [['zh-CN', 'en-US'], 'zh'],
    [['zh-TW'], 'zh'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-CN'], 'zh'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
    [undefined, 'en'],
  ])('picks %j -> %s', (languages, expected) => {
    expect(preferredLanguage(languages)).toBe(expected);
  });
});

describe('createI18n', () => {
  it('uses a language the user chose before over the browser', () => {
    rememberLanguage('zh');

    expect(createI18n().language).toBe('zh');
  });

  it('falls back to English text for a key Chinese lacks', () => {
    const i18n = createI18n({ language: 'zh' });

    expect(i18n.t('customers.list.total', { count: 3 })).toBe('共 3 位客户');
    expect(i18n.t('no.such.key')).toBe('no.such.key');
  });
});
