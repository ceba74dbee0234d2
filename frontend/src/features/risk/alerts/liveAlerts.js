import { useQuery, useSubscription } from '@apollo/client/react';

import { ALERT_CHANGED_SUBSCRIPTION } from '@/features/risk/api/alertChangedSubscription';
import { ALERTS_QUERY } from '@/features/risk/api/alertsQuery';

/**
 * The alerts connection after one pushed change, for the list of `status`:
 * an alert now in that status is put first (or replaced where it is); one
 * that left it is dropped. The total follows.
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
  return {
    ...connection,
    edges: [edge, ...edges],
    totalCount: connection.totalCount + 1,
  };
}

/**
 * The alerts of one status, newest first, kept current by the alertChanged
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
