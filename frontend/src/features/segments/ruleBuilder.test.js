import { describe, expect, it } from 'vitest';

import {
  defaultOperator,
  isComplete,
  placeErrors,
  toRule,
  valueShape,
} from '@/features/segments/ruleBuilder';

describe('ruleBuilder', () => {
  it('joins complete conditions and leaves out the rest', () => {
    const rule = toRule('and', [
      { key: 1, field: 'age', op: 'gte', value: 30 },
      { key: 2, field: 'gender', op: 'eq', value: undefined },
      { key: 3, field: 'income_band', op: 'in', value: ['high'] },
    ]);

    expect(rule).toEqual({
      and: [
        { field: 'age', op: 'gte', value: 30 },
        { field: 'income_band', op: 'in', value: ['high'] },
      ],
    });
  });

  it('has no rule without a complete condition', () => {
    expect(
      toRule('or', [{ key: 1, field: 'age', op: 'between', value: [30] }]),
    ).toBeNull();
  });

  it('treats false and zero as values', () => {
    expect(isComplete({ field: 'has_loan', op: 'eq', value: false })).toBe(true);
    expect(isComplete({ field: 'frequency', op: 'gt', value: 0 })).toBe(true);
    expect(isComplete({ field: 'frequency', op: 'gt', value: '' })).toBe(false);
  });

  it('picks equality first, then a lower bound', () => {
    expect(defaultOperator({ operators: ['between', 'eq', 'gte'] })).toBe('eq');
    expect(defaultOperator({ operators: ['is_null', 'gte'] })).toBe('gte');
    expect(valueShape('between')).toBe('pair');
    expect(valueShape('not_in')).toBe('list');
  });

  it('places server errors at their condition', () => {
    const placed = placeErrors([
      { field: 'name', code: 'REQUIRED', message: 'A name is required' },
      {
        field: 'rule.and[1].value',
        code: 'INVALID_VALUE',
        message: 'Expected a number',
      },
      { field: 'rule', code: 'TOO_COMPLEX', message: 'Too many' },
    ]);

    expect(placed.name.map((f) => f.code)).toEqual(['REQUIRED']);
    expect(placed.conditions[1].map((f) => f.code)).toEqual(['INVALID_VALUE']);
    expect(placed.rule.map((f) => f.code)).toEqual(['TOO_COMPLEX']);
  });
});
