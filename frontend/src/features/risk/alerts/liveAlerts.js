import { useQuery, useSubscription } from '@apollo/client/react';

import { ALERT_CHANGED_SUBSCRIPTION } from '@/features/risk/api/alertChangedSubscription';
import { ALERTS_QUERY } from '@/features/risk/api/alertsQuery';

/** The queue's order, as the server's: highest score first, then newest. */
export function byPriority(a, b) {
  if (a.score !== b.score) return b.score - a.score;
  return (b.createdAt ?? '').localeCompare(a.createdAt ?? '');
}

/**
 * The alerts connection after one pushed change, for the list of `status`:
 * an alert now in that status is put in its place by score, then newest (or
 * replaced where it is); one that left it is dropped. The total follows.
 */
export function applyAlertChange(connection, change, status) {
  const { alert } = change;
  const edges = connection.edges.filter((edge) => edge.node.id !== alert.id);
  const had = edges.length !== connection.edges.length;
  if (alert.status !== status) {
    if (!had) return connection;
    return { ...connection, edges, totalCount: connection.totalCount - 1 };
  }
  if (had) {
    const replaced = connection.edges.map((edge) =>
      edge.node.id === alert.id ? { ...edge, node: alert } : edge,
    );
    return { ...connection, edges: replaced };
  }
  const edge = { __typename: 'AlertEdge', cursor: '', node: alert };
  const at = edges.findIndex((e) => byPriority(alert, e.node) < 0);
  const placed = at < 0 ? [...edges, edge] : edges.toSpliced(at, 0, edge);
  return {
    ...connection,
    edges: placed,
    totalCount: connection.totalCount + 1,
  };
}

/**
 * The alerts of one status, highest score then newest first, kept current by the alertChanged
 * subscription: a new alert appears at the top without reloading, and one
 * reviewed elsewhere moves out of the list.
 */
export function useLiveAlerts(status, pageSize) {
  const variables = { status: [status], first: pageSize };
  const result = useQuery(ALERTS_QUERY, { variables, errorPolicy: 'all' });
  const live = useSubscription(ALERT_CHANGED_SUBSCRIPTION, {
    onData: ({ client, data }) => {
      const change = data.data?.alertChanged;
      if (!change) return;
      client.cache.updateQuery({ query: ALERTS_QUERY, variables }, (current) =>
        current?.alerts
          ? { alerts: applyAlertChange(current.alerts, change, status) }
          : current,
      );
    },
  });
  return { ...result, liveError: live.error };
}
