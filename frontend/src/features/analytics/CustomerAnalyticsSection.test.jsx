import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { customerDetail, transactionsPage } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

const ZHANG = customerDetail();
const PATH = `/customers/${encodeURIComponent(ZHANG.id)}`;

const OFFER = {
  __typename: 'Recommendation',
  id: 'UmVjb21tZW5kYXRpb246Nw',
  rank: 1,
  score: 0.61,
  status: 'OFFERED',
  reason: {
    __typename: 'LocalizedText',
    en: 'held by 64% of customers like this one',
    zh: '与该客户相似的客户中有64%持有该产品',
  },
  product: {
    __typename: 'Product',
    id: 'UHJvZHVjdDoz',
    code: 'CARD',
    name: '信用卡',
    nameEn: 'Credit card',
  },
};

function marketing(latest) {
  return [
    {
      __typename: 'ConsentState',
      purpose: 'MARKETING',
      granted: Boolean(latest?.granted && !latest.expired),
      latest: latest && {
        __typename: 'ConsentRecord',
        granted: latest.granted,
        channel: 'PHONE',
        recordedAt: latest.recordedAt,
        recordedBy: 'teller-1',
        expiresOn: latest.expiresOn ?? null,
      },
    },
  ];
}

function analytics(offers = [OFFER], consents = []) {
  return {
    __typename: 'Customer',
    id: ZHANG.id,
    segments: [
      {
        __typename: 'Segment',
        id: 'U2VnbWVudDox',
        name: '高存款',
        nameEn: 'Large deposits',
        kind: 'LEARNED',
      },
    ],
    value: {
      __typename: 'CustomerValue',
      asOf: '2026-12-04',
      rfm: '455',
      recencyScore: 4,
      frequencyScore: 5,
      monetaryScore: 5,
      tier: 'GOLD',
      annualMargin: { __typename: 'Money', amount: '812.40', currency: 'CNY' },
      lifetimeValue: { __typename: 'Money', amount: '4321.00', currency: 'CNY' },
      drivers: {
        __typename: 'LocalizedLines',
        en: ['deposits earn ¥900 a year (100% of earnings)'],
        zh: ['存款每年贡献¥900（占收益100%）'],
      },
    },
    recommendations: offers,
    consents,
  };
}

function handlers(overrides = {}) {
  return {
    Customer: () => ({ data: { customer: ZHANG } }),
    CustomerTransactions: () => ({ data: transactionsPage([1]) }),
    CustomerAnalytics: () => ({ data: { customer: analytics() } }),
    ...overrides,
  };
}

describe('customer value and recommendations', () => {
  it('shows the tier, the value, its drivers and the offers with a reason', async () => {
    renderApp(PATH, { handlers: handlers() });

    expect(await screen.findByText('Gold')).toBeInTheDocument();
    expect(screen.getByText('Large deposits')).toBeInTheDocument();
    expect(screen.getByText('CN¥4,321.00')).toBeInTheDocument();
    expect(
      screen.getByText('deposits earn ¥900 a year (100% of earnings)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('held by 64% of customers like this one'),
    ).toBeInTheDocument();
  });

  it('records that the customer accepted an offer', async () => {
    const user = userEvent.setup();
    let decided = false;
    const { graph } = renderApp(PATH, {
      handlers: handlers({
        CustomerAnalytics: () => ({
          data: { customer: analytics(decided ? [] : [OFFER]) },
        }),
        RecordRecommendationOutcome: () => {
          decided = true;
          return {
            data: {
              recordRecommendationOutcome: {
                __typename: 'Recommendation',
                id: OFFER.id,
                status: 'ACCEPTED',
                decidedAt: '2026-12-04T10:00:00+00:00',
              },
            },
          };
        },
      }),
    });

    await user.click(
      await screen.findByRole('button', { name: 'The customer accepted Credit card' }),
    );
    expect(
      await screen.findByText('Record that the customer accepted Credit card?'),
    ).toBeInTheDocument();
    expect(graph.callsOf('RecordRecommendationOutcome')).toHaveLength(0);
    await user.click(await confirmButton('Accepted'));

    expect(
      await screen.findByText('Nothing to offer at the moment.'),
    ).toBeInTheDocument();
    expect(graph.callsOf('RecordRecommendationOutcome')[0].variables).toEqual({
      input: { id: OFFER.id, accepted: true },
    });
  });

  it('says marketing consent was withdrawn, and when, instead of a bare empty card', async () => {
    const withdrawn = marketing({
      granted: false,
      recordedAt: '2026-11-02T08:00:00+00:00',
    });
    renderApp(PATH, {
      handlers: handlers({
        CustomerAnalytics: () => ({ data: { customer: analytics([], withdrawn) } }),
      }),
    });

    expect(
      await screen.findByText(
        'Marketing consent withdrawn on Nov 2, 2026: no offers until it is granted again.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Nothing to offer at the moment.')).toBeNull();
  });

  it('says a marketing grant expired, and when', async () => {
    const expired = marketing({
      granted: true,
      expired: true,
      recordedAt: '2025-10-01T08:00:00+00:00',
      expiresOn: '2026-10-01',
    });
    renderApp(PATH, {
      handlers: handlers({
        CustomerAnalytics: () => ({ data: { customer: analytics([], expired) } }),
      }),
    });

    expect(
      await screen.findByText(
        'Marketing consent expired on Oct 1, 2026: no offers until it is granted again.',
      ),
    ).toBeInTheDocument();
  });

  it('keeps the plain empty state while consent is granted or never asked', async () => {
    const granted = marketing({
      granted: true,
      recordedAt: '2026-11-02T08:00:00+00:00',
    });
    renderApp(PATH, {
      handlers: handlers({
        CustomerAnalytics: () => ({ data: { customer: analytics([], granted) } }),
      }),
    });

    expect(
      await screen.findByText('Nothing to offer at the moment.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Marketing consent/)).toBeNull();
  });

  it('tells why an outcome was refused when consent was withdrawn meanwhile', async () => {
    const user = userEvent.setup();
    renderApp(PATH, {
      handlers: handlers({
        RecordRecommendationOutcome: () => ({
          data: {
            recordRecommendationOutcome: {
              __typename: 'ConsentWithdrawnError',
              code: 'CONSENT_WITHDRAWN',
              message: "The customer's marketing consent was withdrawn",
              expired: false,
              since: '2026-12-03',
            },
          },
        }),
      }),
    });

    await user.click(
      await screen.findByRole('button', { name: 'The customer declined Credit card' }),
    );
    await user.click(await confirmButton('Declined'));

    expect(
      await screen.findByText(
        'Marketing consent withdrawn on Dec 3, 2026: no offers until it is granted again.',
      ),
    ).toBeInTheDocument();
  });

  it('records nothing when the confirmation is cancelled', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(PATH, { handlers: handlers() });

    await user.click(
      await screen.findByRole('button', { name: 'The customer declined Credit card' }),
    );
    expect(
      await screen.findByText('Record that the customer declined Credit card?'),
    ).toBeInTheDocument();
    await user.click(await confirmButton('Cancel'));

    expect(graph.callsOf('RecordRecommendationOutcome')).toHaveLength(0);
    expect(
      screen.getByRole('button', { name: 'The customer declined Credit card' }),
    ).toBeInTheDocument();
  });

  it('gives the outcome and confirmation buttons the large (40 px) size on a phone', async () => {
    setViewport('phone');
    const user = userEvent.setup();
    renderApp(PATH, { handlers: handlers() });

    const accept = await screen.findByRole('button', {
      name: 'The customer accepted Credit card',
    });
    expect(accept).toHaveClass('ant-btn-lg');
    expect(
      screen.getByRole('button', { name: 'The customer declined Credit card' }),
    ).toHaveClass('ant-btn-lg');
    await user.click(accept);
    expect(await confirmButton('Accepted')).toHaveClass('ant-btn-lg');
    expect(await confirmButton('Cancel')).toHaveClass('ant-btn-lg');
  });
});

/** A button of the open outcome confirmation. */
async function confirmButton(label) {
  const question = await screen.findByText('Make sure this is what the customer said.');
  return within(question.closest('.ant-popover')).getByRole('button', { name: label });
}
