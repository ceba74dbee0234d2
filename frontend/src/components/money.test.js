import { describe, expect, it } from 'vitest';

import { amountRule, isAmount } from '@/components/money';

describe('isAmount', () => {
  it.each([
    ['12000', true],
    ['12000.5', true],
    [' 12000.50 ', true],
    ['0', true],
    ['12,000', false],
    ['12000.505', false],
    ['-5', false],
    ['¥12000', false],
    ['1e5', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(isAmount(text)).toBe(expected);
  });
});

describe('amountRule', () => {
  const rule = amountRule('Enter an amount');

  it('lets an empty field through and refuses a grouped number', async () => {
    await expect(rule.validator(null, '')).resolves.toBeUndefined();
    await expect(rule.validator(null, undefined)).resolves.toBeUndefined();
    await expect(rule.validator(null, '12,000')).rejects.toThrow('Enter an amount');
  });
});
