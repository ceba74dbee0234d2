import { describe, expect, it } from 'vitest';

import {
  attributesPatch,
  hiddenFields,
  splitFieldErrors,
  toCreateInput,
  toFormValues,
  toUpdateInput,
} from '@/features/customers/form/formValues';
import { customer } from '@/test/fixtures';

describe('form values', () => {
  it('flattens money and the branch for the form', () => {
    const values = toFormValues(customer());

    expect(values).toMatchObject({
      annualIncome: '240000.00',
      currency: 'CNY',
      branchId: 'QnJhbmNoOjE=',
      assets: undefined,
      birthDate: '1985-03-12',
    });
  });

  it('leaves blank fields out of a new customer', () => {
    const input = toCreateInput({
      fullName: ' 王芳 ',
      email: '  ',
      tags: [],
      branchId: 'b',
    });

    expect(input).toEqual({ fullName: '王芳', tags: [], branchId: 'b' });
  });

  it('sends only changed fields, and null for a cleared one', () => {
    const initial = toFormValues(customer());
    const values = { ...initial, occupation: 'Teacher', email: '', tags: ['vip'] };

    expect(toUpdateInput(values, initial)).toEqual({
      occupation: 'Teacher',
      email: null,
      tags: ['vip'],
    });
  });

  it('sends amounts without grouping commas, and an equal amount not at all', () => {
    const initial = toFormValues(customer());
    const create = toCreateInput({ fullName: '王芳', annualIncome: ' 1,200,000.50 ' });
    const same = { ...initial, annualIncome: '240,000.00' };
    const changed = { ...initial, assets: '3,500' };

    expect(create).toEqual({ fullName: '王芳', annualIncome: '1200000.50' });
    expect(toUpdateInput(same, initial)).toEqual({});
    expect(toUpdateInput(changed, initial)).toEqual({ assets: '3500' });
  });

  it('never sends the kind of an existing customer', () => {
    const initial = toFormValues(customer());

    expect(toUpdateInput({ ...initial, kind: 'CORPORATE' }, initial)).toEqual({});
  });

  it('keeps field errors the form cannot show apart', () => {
    const email = { field: 'email', code: 'invalid', message: 'bad' };
    const other = { field: 'customAttributes', code: 'x', message: 'y' };

    expect(splitFieldErrors([email, other])).toEqual({
      onForm: [email],
      elsewhere: [other],
    });
  });

  it('sends custom attributes as a patch: changed, added and removed keys only', () => {
    const initial = toFormValues(
      customer({
        customAttributes: { dataset: 'german_credit', duration: 24, label: 'good' },
      }),
    );
    const values = {
      ...initial,
      customAttributes: [
        { name: 'dataset', value: 'german_credit' },
        { name: 'duration', value: '36', json: true },
        { name: 'segment', value: '私行' },
      ],
    };

    expect(toUpdateInput(values, initial)).toEqual({
      customAttributes: { label: null, duration: 36, segment: '私行' },
    });
  });

  it('sends no custom attributes when none changed', () => {
    const initial = toFormValues(customer());

    expect(toUpdateInput({ ...initial }, initial)).toEqual({});
    expect(attributesPatch(initial.customAttributes, initial.customAttributes)).toBe(
      null,
    );
  });

  it('keeps text that no longer reads as JSON as text, and skips blank names', () => {
    const before = [{ name: 'duration', value: '24', json: true }];
    const after = [
      { name: 'duration', value: 'two years', json: true },
      { name: '  ', value: 'ignored' },
    ];

    expect(attributesPatch(after, before)).toEqual({ duration: 'two years' });
  });

  it('never sends a field the viewer may not read, new or changed', () => {
    const hidden = hiddenFields((permission) => permission === 'customer.pii.read');
    expect(hidden).toEqual([
      'currency',
      'annualIncome',
      'assets',
      'liabilities',
      'customAttributes',
    ]);

    const values = {
      fullName: '王芳',
      birthDate: '1990-01-02',
      currency: 'CNY',
      assets: '100',
      customAttributes: [{ name: 'score', value: '7' }],
    };
    expect(toCreateInput(values, { hidden })).toEqual({
      fullName: '王芳',
      birthDate: '1990-01-02',
    });
    const initial = toFormValues(customer());
    const changed = { ...initial, occupation: 'Teacher', assets: '5', currency: 'USD' };
    expect(toUpdateInput(changed, initial, { hidden })).toEqual({
      occupation: 'Teacher',
    });
  });
});
