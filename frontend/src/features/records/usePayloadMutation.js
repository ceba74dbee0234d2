import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { blockingError } from '@/components/errors';

/**
 * Runs a mutation whose answer is a payload union: `success` names the result
 * type. Returns the result, or null after keeping the typed error (or the
 * transport error) for the form to show.
 */
export function usePayloadMutation(mutation, field, success) {
  const [run, { loading, error, reset }] = useMutation(mutation, {
    errorPolicy: 'all',
  });
  const [failure, setFailure] = useState(null);

  const submit = async (input) => {
    setFailure(null);
    const { data } = await run({ variables: { input } }).catch(() => ({}));
    const payload = data?.[field];
    if (payload?.__typename === success) return payload;
    if (payload) setFailure(payload);
    return null;
  };
  const clear = () => {
    setFailure(null);
    reset();
  };
  return { submit, clear, loading, error: blockingError(error), failure };
}
