import { describe, expect, it } from 'vitest';

import {
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
});
