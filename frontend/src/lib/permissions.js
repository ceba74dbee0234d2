import { useQuery } from '@apollo/client/react';

import { ME_QUERY } from '@/lib/meQuery';

/**
 * The signed-in caller as the graph describes them (`me`). The layout asks
 * first and renders screens only once it has the answer, so every later call
 * reads the cache and never waits.
 */
export function useMe() {
  const { data, loading, error, refetch } = useQuery(ME_QUERY, {
    fetchPolicy: 'cache-first',
  });
  return { me: data?.me ?? null, loading, error, refetch };
}

/**
 * Whether `me` grants `permission` (a list: any one of them); no answer yet
 * means no.
 */
export function can(me, permission) {
  const wanted = Array.isArray(permission) ? permission : [permission];
  return wanted.some((p) => Boolean(me?.permissions?.includes(p)));
}

/**
 * True when the caller holds `permission`. Actions a user may not take are
 * hidden, not disabled: the server refuses them anyway, and a button that can
 * never work only invites a support call.
 */
export function useCan(permission) {
  const { me } = useMe();
  return can(me, permission);
}

/** Renders `children` only for callers holding `permission`. */
export function Can({ permission, children, fallback = null }) {
  return useCan(permission) ? children : fallback;
}

/**
 * The variables that ask for the fields behind a read permission
 * (`@include(if:)`), so a query never asks for what the role may not read.
 */
export function readGrants(me) {
  return {
    canReadPii: can(me, 'customer.pii.read'),
    canReadFinancial: can(me, 'customer.financial.read'),
  };
}

export function useReadGrants() {
  const { me } = useMe();
  return readGrants(me);
}
