import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { assessment, decision, riskOf } from '@/features/risk/testData';
import { customerDetail, transactionsPage } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

const PATH = `/customers/${encodeURIComponent(customerDetail().id)}`;
const FORBIDDEN = (field) => ({
  message: 'Permission risk.read is required',
  path: ['customer', 'latestCreditAssessment', field],
  extensions: { code: 'FORBIDDEN' },
});

function handlers(risk, extra = {}) {
  return {
    Customer: () => ({ data: { customer: customerDetail() } }),
    CustomerTransactions: () => ({ data: transactionsPage([1]) }),
    CustomerRisk: () => risk,
    ...extra,
  };
}

async function riskCard() {
  const title = await screen.findByText('Credit risk');
  return title.closest('.ant-card');
}

describe('customer risk section', () => {
  it('shows a risk officer the probability and the factors', async () => {
    renderApp(PATH, { handlers: handlers(riskOf(assessment())) });

    const card = within(await riskCard());
    expect(await card.findByText('7.31%')).toBeInTheDocument();
    expect(card.getByText('B')).toBeInTheDocument();
    expect(
      card.getByText('Monthly income is high (210), lowering the risk'),
    ).toBeInTheDocument();
  });

  it('shows a teller the grade only', async () => {
    const withheld = assessment({
      probability: null,
      points: null,
      factors: null,
      recommendedLimit: null,
      decision: null,
    });
    const risk = {
      ...riskOf(withheld),
      errors: ['probability', 'points', 'factors', 'recommendedLimit', 'decision'].map(
        FORBIDDEN,
      ),
    };
    renderApp(PATH, { handlers: handlers(risk) });

    const card = within(await riskCard());
    expect(await card.findByText('B')).toBeInTheDocument();
    expect(card.queryByText('Probability of default')).not.toBeInTheDocument();
    expect(
      card.queryByRole('form', { name: 'Credit decision' }),
    ).not.toBeInTheDocument();
  });

  it('tells the same officer that four eyes need a colleague', async () => {
    const user = userEvent.setup();
    const pending = assessment({ decision: decision() });
    const { graph } = renderApp(PATH, {
      handlers: handlers(riskOf(pending), {
        DecideCreditAssessment: () => ({
          data: {
            decideCreditAssessment: {
              __typename: 'RefusedError',
              code: 'SAME_APPROVER',
              message: 'A second, different officer must confirm this decision',
            },
          },
        }),
      }),
    });
    const form = within(await screen.findByRole('form', { name: 'Credit decision' }));

    await user.type(form.getByLabelText('Reason'), 'Looks fine');
    await user.click(form.getByRole('button', { name: 'Confirm as second officer' }));

    expect(
      await screen.findByText(
        'Four eyes: a second, different officer must confirm this decision.',
      ),
    ).toBeInTheDocument();
    expect(graph.callsOf('DecideCreditAssessment')[0].variables.input).toEqual({
      assessmentId: pending.id,
      decision: 'APPROVE',
      limit: '150000.00',
      reason: 'Looks fine',
    });
  });

  it('fits a phone', async () => {
    setViewport('phone');
    renderApp(PATH, { handlers: handlers(riskOf(assessment())) });

    const card = within(await riskCard());
    expect(await card.findByText('7.31%')).toBeInTheDocument();
    expect(card.getByRole('button', { name: 'Assess now' })).toBeInTheDocument();
  });
});
