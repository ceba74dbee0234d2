import { describe, expect, it } from 'vitest';

import { applyAlertChange } from '@/features/risk/alerts/liveAlerts';
import { alertNode } from '@/features/risk/testData';

const connection = (nodes) => ({
  __typename: 'AlertConnection',
  totalCount: nodes.length,
  pageInfo: { hasNextPage: false, endCursor: null },
  edges: nodes.map((node, i) => ({ __typename: 'AlertEdge', cursor: `c${i}`, node })),
});

describe('live alert queue', () => {
  it('puts a raised alert first in the open queue', () => {
    const old = alertNode();
    const raised = alertNode({ id: 'QWxlcnQ6Mg==', score: 0.9 });

    const next = applyAlertChange(
      connection([old]),
      { kind: 'RAISED', alert: raised },
      'OPEN',
    );

    expect(next.edges.map((e) => e.node.id)).toEqual([raised.id, old.id]);
    expect(next.totalCount).toBe(2);
  });

  it('puts a raised alert in its place: highest score first, then newest', () => {
    const high = alertNode({
      id: 'QWxlcnQ6MQ==',
      score: 0.95,
      createdAt: '2026-03-01T08:00:00Z',
    });
    const low = alertNode({
      id: 'QWxlcnQ6Mw==',
      score: 0.6,
      createdAt: '2026-03-02T08:00:00Z',
    });
    const raised = alertNode({
      id: 'QWxlcnQ6NA==',
      score: 0.8,
      createdAt: '2026-03-03T08:00:00Z',
    });
    const tied = alertNode({
      id: 'QWxlcnQ6NQ==',
      score: 0.6,
      createdAt: '2026-03-04T08:00:00Z',
    });

    let next = applyAlertChange(
      connection([high, low]),
      { kind: 'RAISED', alert: raised },
      'OPEN',
    );
    next = applyAlertChange(next, { kind: 'RAISED', alert: tied }, 'OPEN');

    expect(next.edges.map((e) => e.node.id)).toEqual([
      high.id,
      raised.id,
      tied.id,
      low.id,
    ]);
    expect(next.totalCount).toBe(4);
  });

  it('drops an alert reviewed elsewhere from the open queue', () => {
    const old = alertNode();
    const dismissed = alertNode({ status: 'DISMISSED', reviewer: 'officer-b' });

    const next = applyAlertChange(
      connection([old]),
      { kind: 'REVIEWED', alert: dismissed },
      'OPEN',
    );

    expect(next.edges).toEqual([]);
    expect(next.totalCount).toBe(0);
  });

  it('replaces an alert in place and ignores changes of other lists', () => {
    const old = alertNode({ status: 'ESCALATED' });
    const again = alertNode({ status: 'ESCALATED', reviewReason: 'second look' });
    const list = connection([old]);

    const replaced = applyAlertChange(
      list,
      { kind: 'REVIEWED', alert: again },
      'ESCALATED',
    );
    const untouched = applyAlertChange(
      list,
      { kind: 'RAISED', alert: alertNode({ id: 'QWxlcnQ6Mw==' }) },
      'ESCALATED',
    );

    expect(replaced.edges[0].node.reviewReason).toBe('second look');
    expect(replaced.totalCount).toBe(1);
    expect(untouched).toBe(list);
  });
});
