import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { blockingError, describeError } from '@/components/errors';
import { useFieldProblem } from '@/components/fieldProblem';
import { FORM_FIELDS, MONEY_FIELDS } from '@/features/customers/form/formValues';
import { applyFieldErrors } from '@/features/customers/form/serverErrors';
import { useReadGrants } from '@/lib/permissions';

/** A value the graph could not take ("12,000" for an amount) goes beside its
 * field, worded for the user; the form's notice says the rest. */
function markBadInput(form, error, t) {
  const { kind, field } = describeError(error);
  if (kind !== 'input' || !FORM_FIELDS.includes(field)) return;
  const message = MONEY_FIELDS.includes(field)
    ? t('errors.money.format')
    : t('errors.badInput');
  form.setFields([{ name: field, errors: [message] }]);
  form.scrollToField(field);
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
  const { t } = useTranslation();
  const describe = useFieldProblem();

  const save = async (input) => {
    setOutcome(null);
    reset();
    // A failed request shows through `error`; the promise need not throw.
    const { data, error: failed } = await run({
      variables: { input, ...grants },
    }).catch((thrown) => ({ error: thrown }));
    if (failed) markBadInput(form, failed, t);
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
