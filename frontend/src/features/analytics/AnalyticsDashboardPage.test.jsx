import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

const product = (id, code, name, nameEn) => ({
  __typename: 'Product',
  id,
  code,
  name,
  nameEn,
});

const OVERVIEW = {
  __typename: 'AnalyticsOverview',
  customers: 11454,
  refreshedAt: '2026-12-04T09:00:00+00:00',
  valueTiers: [
    { __typename: 'TierCount', tier: 'PLATINUM', customers: 573 },
    { __typename: 'TierCount', tier: 'GOLD', customers: 1718 },
    { __typename: 'TierCount', tier: 'SILVER', customers: 3436 },
    { __typename: 'TierCount', tier: 'BRONZE', customers: 5727 },
  ],
  segments: [
    {
      __typename: 'SegmentSize',
      customers: 6059,
      segment: {
        __typename: 'Segment',
        id: 'U2VnbWVudDox',
        name: '信用卡客户',
        nameEn: 'Card holders',
        kind: 'LEARNED',
      },
    },
  ],
  productPenetration: [
    {
      __typename: 'ProductPenetration',
      customers: 6000,
      share: 0.524,
      product: product('UHJvZHVjdDoz', 'CARD', '信用卡', 'Credit card'),
    },
  ],
  recommendations: {
    __typename: 'RecommendationFigures',
    offered: 19384,
    accepted: 3,
    declined: 1,
    acceptanceRate: 0.75,
  },
};

describe('analytics dashboard', () => {
  it('shows the figures and a chart of each', async () => {
    renderApp('/analytics', {
      handlers: {
        AnalyticsOverview: () => ({ data: { analyticsOverview: OVERVIEW } }),
      },
    });

    expect(
      await screen.findByRole('heading', { name: 'Analytics' }),
    ).toBeInTheDocument();
    expect(screen.getByText('75%')).toBeInTheDocument();
    expect(screen.getByText('19,384')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Customers by value tier' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Segment sizes' })).toBeInTheDocument();
  });

  it('says so when the caller may not see analytics', async () => {
    setViewport('phone');
    renderApp('/analytics', {
      handlers: {
        AnalyticsOverview: () => ({
          data: { analyticsOverview: null },
          errors: [
            {
              message: 'Permission analytics.read is required',
              path: ['analyticsOverview'],
              extensions: { code: 'FORBIDDEN' },
            },
          ],
        }),
      },
    });

    expect(
      await screen.findByText('Your role may not use this screen.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/needs the right to “view dashboards and model figures”/),
    ).toBeInTheDocument();
  });

  it("counts one segment's members once it is picked, and keeps it in the URL", async () => {
    const user = userEvent.setup();
    const { graph, router } = renderApp('/analytics', {
      handlers: {
        AnalyticsOverview: ({ segmentId }) => ({
          data: {
            analyticsOverview: segmentId ? { ...OVERVIEW, customers: 6059 } : OVERVIEW,
          },
        }),
      },
    });
    await screen.findByText('11,454');

    await user.click(screen.getByRole('combobox', { name: 'Segment' }));
    const options = await screen.findAllByText('Card holders');
    await user.click(options.at(-1));

    expect(await screen.findByText('6,059')).toBeInTheDocument();
    expect(graph.callsOf('AnalyticsOverview').at(-1).variables).toEqual({
      segmentId: 'U2VnbWVudDox',
    });
    expect(router.state.location.search).toBe('?segment=U2VnbWVudDox');
  });

  it('says so when the segment in the link is gone', async () => {
    renderApp('/analytics?segment=U2VnbWVudDo5', {
      handlers: {
        AnalyticsOverview: () => ({ data: { analyticsOverview: null } }),
      },
    });

    expect(await screen.findByText('There is no such segment.')).toBeInTheDocument();
  });
});
