import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { blockingError } from '@/components/errors';
import { applyFieldErrors } from '@/features/customers/form/serverErrors';

/**
 * Runs a create or update mutation and sorts out its payload: a saved
 * customer goes to onSaved, field errors go beside their fields, and any
 * other typed error becomes the outcome the form shows.
 */
export function useSaveCustomer({ mutation, field, form, onSaved }) {
  // The saved customer may come back with some fields withheld (FORBIDDEN):
  // it is saved all the same, so such errors do not fail the save.
  const [run, { loading, error, reset }] = useMutation(mutation, {
    errorPolicy: 'all',
  });
  const [outcome, setOutcome] = useState(null);

  const save = async (input) => {
    setOutcome(null);
    reset();
    // A failed request shows through `error`; the promise need not throw.
    const { data } = await run({ variables: { input } }).catch(() => ({}));
    const payload = data?.[field];

    if (!payload) return;
    if (payload.__typename === 'Customer') {
      onSaved(payload);
    } else if (payload.__typename === 'ValidationError') {
      setOutcome({ ...payload, elsewhere: applyFieldErrors(form, payload.fields) });
    } else {
      setOutcome(payload);
    }
  };
  return { save, loading, error: blockingError(error), outcome };
}
