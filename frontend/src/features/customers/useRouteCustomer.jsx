import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { blockingError } from '@/components/errors';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { customersPath } from '@/features/customers/paths';
import { useReadGrants } from '@/lib/permissions';

/**
 * The customer whose ID is in the route, read by `query` (with `options`).
 * Until it is there, `fallback` is what the screen shows instead: the error
 * with a retry, the loading state, or "not found" with a way back to the
 * list. `reload` fetches it again; a failure shows through `fallback`, unless
 * `keepOnFailure`: then a screen that has shown the customer keeps it (a
 * form keeps what was typed) and shows `reloadError` itself, with a retry.
 * The fields behind a permission are asked for only when the caller holds it.
 */
export function useRouteCustomer(query, options = {}, { keepOnFailure = false } = {}) {
  const { t } = useTranslation();
  const { id } = useParams();
  const grants = useReadGrants();
  const {
    data: answer,
    previousData,
    error,
    refetch,
  } = useQuery(query, {
    ...options,
    variables: { id, ...grants },
  });
  const failure = blockingError(error);
  const reload = () => refetch().catch(() => {}); // the error shows via `error`
  // With no answer (a reload failed, or its retry is on the way), the one
  // that last named the customer.
  const shown = previousData?.customer?.id === id ? previousData : undefined;
  const kept = Boolean(keepOnFailure && !answer && shown);
  const data = kept ? shown : answer;

  let fallback = null;
  if (failure && !kept) fallback = <ErrorState error={failure} onRetry={reload} />;
  else if (!data) fallback = <LoadingState />;
  else if (!data.customer) {
    fallback = (
      <EmptyState description={t('customers.detail.notFound')}>
        <Link to={customersPath()}>{t('customers.actions.backToList')}</Link>
      </EmptyState>
    );
  }
  return {
    customer: data?.customer,
    reload,
    fallback,
    reloadError: kept ? (failure ?? null) : null,
  };
}
