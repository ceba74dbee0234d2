import { describe, expect, it } from 'vitest';

import {
  changedFields,
  rebaseValues,
  toFormValues,
} from '@/features/customers/form/formValues';
import { customer } from '@/test/fixtures';

const BASE = toFormValues(customer());

describe('changedFields', () => {
  it('names the fields that differ, never a hidden one', () => {
    const after = toFormValues(
      customer({
        occupation: 'Doctor',
        annualIncome: { amount: '1', currency: 'CNY' },
      }),
    );

    expect(changedFields(BASE, after)).toEqual(['occupation', 'annualIncome']);
    expect(changedFields(BASE, after, { hidden: ['annualIncome'] })).toEqual([
      'occupation',
    ]);
  });

  it('names custom attributes when one was added, changed or removed', () => {
    const after = toFormValues(
      customer({ customAttributes: { dataset: 'german_credit' } }),
    );

    expect(changedFields(BASE, after)).toEqual(['customAttributes']);
  });
});

describe('rebaseValues', () => {
  it("keeps the user's changes and takes the others' for untouched fields", () => {
    const typed = { ...BASE, occupation: 'Teacher' };
    const current = toFormValues(
      customer({ occupation: 'Doctor', employer: 'Acme', version: 5 }),
    );

    const rebased = rebaseValues(typed, BASE, current);

    expect(rebased.occupation).toBe('Teacher');
    expect(rebased.employer).toBe('Acme');
  });

  it('applies the attributes the user changed onto the current ones', () => {
    const typed = {
      ...BASE,
      customAttributes: [
        { name: 'dataset', value: 'german_credit', json: false },
        { name: 'purpose', value: 'car', json: false },
      ],
    };
    const current = toFormValues(
      customer({
        customAttributes: { dataset: 'german_credit', duration_in_month: 36 },
      }),
    );

    const rebased = rebaseValues(typed, BASE, current);

    // The user removed duration_in_month and added purpose; the others' edit
    // of the removed one loses to the removal, as a save would have done.
    expect(rebased.customAttributes).toEqual([
      { name: 'dataset', value: 'german_credit', json: false },
      { name: 'purpose', value: 'car', json: false },
    ]);
  });
});
