/**
 * The audit screen's filters live in the address, so an auditor can bookmark
 * or pass on a view: actor, action, customer, since and until.
 */
export const FILTER_KEYS = ['actor', 'action', 'customer', 'since', 'until'];

export function readParams(searchParams) {
  return Object.fromEntries(
    FILTER_KEYS.map((key) => [key, searchParams.get(key)?.trim() || undefined]),
  );
}

/** The graph's AuditFilter for the screen's params; empty ones left out. */
export function auditFilter(params) {
  const filter = {
    actor: params.actor,
    action: params.action,
    customerId: params.customer,
    since: params.since,
    until: params.until,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v));
}

/** New search params with `changes` applied; a cleared value is removed. */
export function withChanges(searchParams, changes) {
  const next = new URLSearchParams(searchParams);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}
