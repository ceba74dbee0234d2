import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderApp } from '@/test/renderApp';

// jsdom lays nothing out, so the charts are stood in for; the figures under
// test are the statistics beside them.
vi.mock('@/components/EChart', () => ({
  EChart: ({ label }) => <div role="img" aria-label={label} />,
}));

const STATISTICS = {
  __typename: 'ServiceStatistics',
  openByStatus: [
    { __typename: 'Count', key: 'received', count: 41 },
    { __typename: 'Count', key: 'investigating', count: 12 },
  ],
  openByAge: [{ __typename: 'Count', key: '1-3', count: 53 }],
  received: 318,
  breached: 9,
  breachRate: 0.0283,
  interactionsByChannel: [{ __typename: 'Count', key: 'phone', count: 702 }],
};

const SEGMENTS = {
  __typename: 'SegmentConnection',
  edges: [
    {
      __typename: 'SegmentEdge',
      node: {
        __typename: 'Segment',
        id: 'U2VnbWVudDox',
        name: '持卡客户',
        nameEn: 'Card holders',
        kind: 'RULE',
      },
    },
  ],
};

const dashboard = (received) => ({
  data: {
    serviceStatistics: { ...STATISTICS, received },
    csat: [],
    nps: [],
  },
});

describe('ServiceDashboardPage', () => {
  it("counts one segment's members once it is picked, and keeps it in the URL", async () => {
    const user = userEvent.setup();
    const { graph, router } = renderApp('/service', {
      handlers: {
        ServiceDashboard: ({ segmentId }) => dashboard(segmentId ? 57 : 318),
        SegmentOptions: () => ({ data: { segments: SEGMENTS } }),
      },
    });
    // The page is loaded lazily: the file's first test waits for its import too.
    expect(await screen.findByText('318', {}, { timeout: 15000 })).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Segment' }));
    const options = await screen.findAllByText('Card holders');
    await user.click(options.at(-1));

    expect(await screen.findByText('57')).toBeInTheDocument();
    expect(graph.callsOf('ServiceDashboard').at(-1).variables).toMatchObject({
      segmentId: 'U2VnbWVudDox',
    });
    expect(graph.callsOf('ServiceDashboard')[0].variables.segmentId).toBeNull();
    expect(router.state.location.search).toBe('?segment=U2VnbWVudDox');
  });

  it('opens on the segment in the link', async () => {
    const { graph } = renderApp('/service?segment=U2VnbWVudDox', {
      handlers: {
        ServiceDashboard: ({ segmentId }) => dashboard(segmentId ? 57 : 318),
        SegmentOptions: () => ({ data: { segments: SEGMENTS } }),
      },
    });

    expect(await screen.findByText('57')).toBeInTheDocument();
    expect(graph.callsOf('ServiceDashboard')[0].variables.segmentId).toBe(
      'U2VnbWVudDox',
    );
  });

  it('offers no segment picker to staff who may not read segments', async () => {
    const { graph } = renderApp('/service?segment=U2VnbWVudDox', {
      role: 'service_agent',
      handlers: {
        ServiceDashboard: ({ segmentId }) => dashboard(segmentId ? 57 : 318),
      },
    });

    expect(await screen.findByText('318')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Segment' })).not.toBeInTheDocument();
    expect(graph.callsOf('SegmentOptions')).toEqual([]);
    expect(graph.callsOf('ServiceDashboard').at(-1).variables.segmentId).toBeNull();
  });

  it('shows an analyst the satisfaction figures and says why complaints are missing', async () => {
    const { graph } = renderApp('/service', {
      role: 'analyst',
      handlers: {
        ServiceDashboard: () => ({
          data: {
            csat: [],
            nps: [
              {
                __typename: 'SurveyFigures',
                key: '2026-11-01',
                responses: 40,
                nps: 31,
              },
            ],
          },
        }),
      },
    });

    expect(await screen.findByText('31')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'CSAT and NPS over time' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Open complaints')).not.toBeInTheDocument();
    expect(
      screen.getByText(/Needs the right to “view complaints”.*ask your administrator/),
    ).toBeInTheDocument();
    expect(graph.callsOf('ServiceDashboard')[0].variables).toMatchObject({
      withComplaints: false,
      segmentId: null,
    });
  });

  it.each([
    ['en', 0.0283, 'Breach rate', '2.8%'],
    ['en', 0.1, 'Breach rate', '10%'],
    ['zh', 0.125, '超时率', '12.5%'],
    ['en', null, 'Breach rate', '—'],
  ])(
    'shows the breach rate in %s as a share (%s)',
    async (language, rate, title, shown) => {
      renderApp('/service', {
        language,
        role: 'service_agent',
        handlers: {
          ServiceDashboard: () => ({
            data: {
              serviceStatistics: { ...STATISTICS, breachRate: rate },
              csat: [],
              nps: [],
            },
          }),
        },
      });

      const card = (await screen.findByText(title)).closest('.ant-card');
      expect(within(card).getByText(shown)).toBeInTheDocument();
    },
  );
});
