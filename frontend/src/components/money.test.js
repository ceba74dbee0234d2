import { describe, expect, it } from 'vitest';

import {
  amountProblem,
  amountRule,
  isAmount,
  normaliseAmount,
} from '@/components/money';

describe('isAmount', () => {
  it.each([
    ['12000', true],
    ['12000.5', true],
    [' 12000.50 ', true],
    ['0', true],
    ['12,000', true],
    ['1,234,567.89', true],
    ['12,00', false],
    ['1,2345', false],
    ['12000.505', false],
    ['-5', false],
    ['¥12000', false],
    ['1e5', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(isAmount(text)).toBe(expected);
  });
});

describe('amountProblem', () => {
  it('gives each mistake its own reason', () => {
    expect(amountProblem('1.234')).toEqual({
      code: 'decimals',
      places: 2,
      currency: 'CNY',
    });
    expect(amountProblem('-50')).toEqual({ code: 'negative' });
    expect(amountProblem('12a')).toEqual({ code: 'format' });
    expect(amountProblem('1'.repeat(19))).toEqual({ code: 'tooLarge' });
    expect(amountProblem('1'.repeat(18))).toBeNull();
    expect(amountProblem('-0')).toBeNull();
  });

  it("follows the currency's minor unit", () => {
    expect(amountProblem('1200.5', 'JPY')).toEqual({
      code: 'decimals',
      places: 0,
      currency: 'JPY',
    });
    expect(amountProblem('1,200', 'JPY')).toBeNull();
  });
});

describe('normaliseAmount', () => {
  it('drops grouping commas and spaces, and leaves other text alone', () => {
    expect(normaliseAmount(' 12,000.50 ')).toBe('12000.50');
    expect(normaliseAmount('12000')).toBe('12000');
    expect(normaliseAmount('12,00')).toBe('12,00');
    expect(normaliseAmount(null)).toBeNull();
  });
});

describe('amountRule', () => {
  const rule = amountRule((problem) => `bad: ${problem.code}`);

  it('lets an empty field and a grouped number through, and names a mistake', async () => {
    await expect(rule.validator(null, '')).resolves.toBeUndefined();
    await expect(rule.validator(null, undefined)).resolves.toBeUndefined();
    await expect(rule.validator(null, '12,000')).resolves.toBeUndefined();
    await expect(rule.validator(null, '1.234')).rejects.toThrow('bad: decimals');
    await expect(rule.validator(null, '-50')).rejects.toThrow('bad: negative');
  });

  it('checks against the currency the form holds', async () => {
    const yen = amountRule(
      (problem) => problem.code,
      () => 'JPY',
    );
    await expect(yen.validator(null, '100.5')).rejects.toThrow('decimals');
  });
});

describe('what a tester typed into the amount fields', () => {
  it('refuses an exponent instead of saving the expanded amount', () => {
    expect(amountProblem('1e6')).toEqual({ code: 'format' });
    expect(amountProblem('1E3')).toEqual({ code: 'format' });
    expect(normaliseAmount('1e6')).toBe('1e6');
  });

  it('takes grouped thousands and sends the digits unchanged', () => {
    expect(amountProblem('1,000')).toBeNull();
    expect(normaliseAmount('1,000')).toBe('1000');
    expect(normaliseAmount('100.10')).toBe('100.10');
  });

  it('refuses more decimals than the currency has, without rounding', () => {
    expect(amountProblem('5.129')).toEqual({
      code: 'decimals',
      places: 2,
      currency: 'CNY',
    });
    expect(normaliseAmount('5.129')).toBe('5.129');
  });

  it('refuses zero and signs where an amount must be above 0', () => {
    expect(amountProblem('0.00', 'CNY', { positive: true })).toEqual({
      code: 'notPositive',
    });
    expect(amountProblem('-0', 'CNY', { positive: true })).toEqual({
      code: 'notPositive',
    });
    expect(amountProblem('+5')).toEqual({ code: 'format' });
    expect(amountProblem('0.01', 'CNY', { positive: true })).toBeNull();
  });
});
