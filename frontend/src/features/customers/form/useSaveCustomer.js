import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { blockingError, describeError } from '@/components/errors';
import { fieldName, fieldProblem, useFieldProblem } from '@/components/fieldProblem';
import { FORM_FIELDS, MONEY_FIELDS } from '@/features/customers/form/formValues';
import { applyFieldErrors } from '@/features/customers/form/serverErrors';
import { useReadGrants } from '@/lib/permissions';

/** A value the graph could not take ("12,000" for an amount, a NUL in a
 * name) goes beside its field, worded for the user; the form's notice says
 * the rest. */
function markBadInput(form, error, t, i18n) {
  const { kind, code, field } = describeError(error);
  const name = fieldName(field);
  if (kind !== 'input' || !FORM_FIELDS.includes(name)) return;
  let message = t('errors.badInput');
  if (code === 'BAD_USER_INPUT') {
    if (MONEY_FIELDS.includes(name)) message = t('errors.money.format');
  } else {
    message = fieldProblem(i18n, { code, message });
  }
  form.setFields([{ name, errors: [message] }]);
  form.scrollToField(name);
}

/**
 * Runs a create or update mutation and sorts out its payload: a saved
 * customer goes to onSaved, field errors go beside their fields, and any
 * other typed error becomes the outcome the form shows. `save` resolves to
 * the payload (null when the request failed).
 */
export function useSaveCustomer({ mutation, field, form, onSaved }) {
  // The saved customer comes back without the fields the role may not read
  // (not asked for); any error beside a saved customer does not fail the save.
  const grants = useReadGrants();
  const [run, { loading, error, reset }] = useMutation(mutation, {
    errorPolicy: 'all',
  });
  const [outcome, setOutcome] = useState(null);
  const { t, i18n } = useTranslation();
  const describe = useFieldProblem();

  const save = async (input) => {
    setOutcome(null);
    reset();
    // A failed request shows through `error`; the promise need not throw.
    const { data, error: failed } = await run({
      variables: { input, ...grants },
    }).catch((thrown) => ({ error: thrown }));
    if (failed) markBadInput(form, failed, t, i18n);
    const payload = data?.[field];

    if (!payload) return null;
    if (payload.__typename === 'Customer') {
      onSaved(payload);
    } else if (payload.__typename === 'ValidationError') {
      setOutcome({
        ...payload,
        elsewhere: applyFieldErrors(form, payload.fields, describe),
      });
    } else {
      setOutcome(payload);
    }
    return payload;
  };
  const clear = () => setOutcome(null);
  return { save, loading, error: blockingError(error), outcome, clear };
}
