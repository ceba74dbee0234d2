import { useQuery, useSubscription } from '@apollo/client/react';

import { LIVE_COMPLAINT_SUBSCRIPTION } from '@/features/complaints/api/liveComplaintSubscription';
import { COMPLAINTS_QUERY } from '@/features/complaints/api/complaintsQuery';
import { applyChange } from '@/features/complaints/workflow';

const PAGE = 20;

function withChange(data, change) {
  const connection = data.complaints;
  const nodes = connection.edges.map((edge) => edge.node);
  const next = applyChange(nodes, change);
  const edges = next.map((node) => {
    const old = connection.edges.find((edge) => edge.node.id === node.id);
    return { __typename: 'ComplaintEdge', cursor: old?.cursor ?? '', node };
  });
  const delta = next.length - nodes.length;
  return {
    complaints: {
      ...connection,
      edges,
      totalCount: connection.totalCount + delta,
    },
  };
}

/**
 * One work queue, kept current by the complaintChanged subscription: a change
 * replaces its row, adds it or drops it without reloading the page.
 */
export function useLiveQueue(queue) {
  const variables = { queue, first: PAGE };
  const result = useQuery(COMPLAINTS_QUERY, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const live = useSubscription(LIVE_COMPLAINT_SUBSCRIPTION, {
    variables: { queue },
    onData: ({ client, data }) => {
      const change = data.data?.complaintChanged;
      if (!change) return;
      client.cache.updateQuery({ query: COMPLAINTS_QUERY, variables }, (current) =>
        current ? withChange(current, change) : current,
      );
    },
  });

  const loadMore = () =>
    result.fetchMore({
      variables: { after: result.data?.complaints.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        complaints: {
          ...fetchMoreResult.complaints,
          edges: [...previous.complaints.edges, ...fetchMoreResult.complaints.edges],
        },
      }),
    });
  return { ...result, loadMore, liveError: live.error };
}
