import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

import { fieldName } from '@/components/fieldProblem';
import { PayloadProblems } from '@/features/records/PayloadProblems';
import { formLabels } from '@/features/records/RecordFormDialog';
import { createI18n } from '@/lib/i18n';

function validation(...fields) {
  return {
    __typename: 'ValidationError',
    code: 'VALIDATION_FAILED',
    message: 'Invalid input',
    fields: fields.map(([field, code]) => ({
      __typename: 'FieldError',
      field,
      code,
      message: `server words for ${code}`,
    })),
  };
}

function show(state, { language = 'en', labels } = {}) {
  return render(
    <I18nextProvider i18n={createI18n({ language })}>
      <PayloadProblems state={state} labels={labels} />
    </I18nextProvider>,
  );
}

describe('PayloadProblems', () => {
  it('names a leftover field by its label, never its camelCase name', async () => {
    show({ failure: validation(['annualIncome', 'INVALID_AMOUNT']) });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Annual income: Not an amount, or negative');
    expect(alert).not.toHaveTextContent('annualIncome');
  });

  it('names it in Chinese, and by the form’s own label first', async () => {
    show(
      { failure: validation(['annualIncome', 'REQUIRED'], ['reason', 'TOO_LONG']) },
      { language: 'zh', labels: { reason: '退回原因' } },
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('年收入');
    expect(alert).toHaveTextContent('退回原因');
    expect(alert).not.toHaveTextContent(/annualIncome|reason/);
  });

  it('leaves out a name it has no label for rather than show the raw one', async () => {
    show({ failure: validation(['someInternalField', 'REQUIRED']) });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A value is required.');
    expect(alert).not.toHaveTextContent('someInternalField');
  });

  it('labels a field the graph refused before any resolver ran', async () => {
    // The server names it as payloads do (address), the argument path beside it.
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'The text at input.address holds a NUL',
          extensions: {
            code: 'INVALID_CHARACTERS',
            field: 'address',
            path: 'input.address',
            requestId: 'r-1',
          },
        },
      ],
    });
    show({ error });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Address: Contains a NUL');
    expect(alert).not.toHaveTextContent('input.address');
  });
});

describe('field names', () => {
  it('take the form item a nested path starts at', () => {
    expect(fieldName('annualIncome')).toBe('annualIncome');
    expect(fieldName('customAttributes.note[1]')).toBe('customAttributes');
    expect(fieldName('transactions[2].amount')).toBe('transactions');
  });

  it('find the labels of a form’s items, however nested', () => {
    const FormItem = () => null;
    const children = [
      <FormItem key="a" name="docType" label="Type" />,
      <>
        <FormItem name="number" label="Number" />
        {false}
      </>,
    ];
    expect(formLabels(children)).toEqual({ docType: 'Type', number: 'Number' });
  });
});
