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

describe('counts', () => {
  const en = createI18n({ language: 'en' });
  const zh = createI18n({ language: 'zh' });

  it.each([
    ['exports.done', '1 customer exported', '2 customers exported', '已导出 1 位客户'],
    ['complaints.count', '1 complaint', '2 complaints', '共 1 件'],
    [
      'risk.model.stability',
      'Stability against 1 current customer (PSI)',
      'Stability against 2 current customers (PSI)',
      '与当前 1 位客户的稳定性（PSI）',
    ],
  ])('words %s for one and for more, in both languages', (key, one, other, chinese) => {
    expect(en.t(key, { count: 1 })).toBe(one);
    expect(en.t(key, { count: 2 })).toBe(other);
    expect(zh.t(key, { count: 1 })).toBe(chinese);
  });

  it('has a form for one beside every English count that has one for more', () => {
    const keys = [];
    const walk = (node, path) => {
      for (const [k, v] of Object.entries(node)) {
        if (typeof v === 'object') walk(v, `${path}${k}.`);
        else keys.push(`${path}${k}`);
      }
    };
    walk(en.getResourceBundle('en', 'translation'), '');
    const others = keys.filter((k) => k.endsWith('_other'));
    const missing = others.filter((k) => !keys.includes(k.replace(/_other$/, '_one')));
    expect(others.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
