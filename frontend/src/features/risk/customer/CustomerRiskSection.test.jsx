import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { assessment, decision, limitBasis, riskOf } from '@/features/risk/testData';
import { customerDetail, transactionsPage } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

const money = (amount) => ({ __typename: 'Money', amount, currency: 'CNY' });
const PATH = `/customers/${encodeURIComponent(customerDetail().id)}`;

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

  it('shows a teller no risk card and asks for no assessment', async () => {
    const { graph } = renderApp(PATH, {
      role: 'teller',
      handlers: handlers(riskOf(assessment())),
    });

    expect(await screen.findByText(customerDetail().fullName)).toBeInTheDocument();
    expect(screen.queryByText('Credit risk')).not.toBeInTheDocument();
    expect(graph.callsOf('CustomerRisk')).toHaveLength(0);
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
    expect(screen.getByText(/Decided by wang\.officer/)).toBeInTheDocument();
    expect(screen.queryByText(/officer-a/)).not.toBeInTheDocument();

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

  it('tells the officer who recorded the decision that it waits for a colleague', async () => {
    const recorded = decision({ decidedBy: 'subject-of-administrator' });
    renderApp(PATH, { handlers: handlers(riskOf(assessment({ decision: recorded }))) });

    expect(
      await screen.findByText(/^Waiting for a second officer: you recorded/),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/A colleague recorded this decision/),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Confirm as second officer' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('form', { name: 'Credit decision' }),
    ).not.toBeInTheDocument();
  });

  it('says so in Chinese to the officer who recorded the decision', async () => {
    const recorded = decision({ decidedBy: 'subject-of-administrator' });
    renderApp(PATH, {
      language: 'zh',
      handlers: handlers(riskOf(assessment({ decision: recorded }))),
    });

    expect(await screen.findByText(/^等待第二位审批人/)).toBeInTheDocument();
    expect(screen.queryByText('作为第二审批人确认')).not.toBeInTheDocument();
  });

  it.each([
    ['1e6', 'Enter an amount such as 12,000 or 12000.50.'],
    ['5.129', 'CNY amounts take at most 2 decimals.'],
    ['-5', 'An amount cannot be negative.'],
    ['0', 'Enter an amount above 0.'],
  ])(
    'refuses the limit %j beside the field and sends nothing',
    async (typed, message) => {
      const user = userEvent.setup();
      const { graph } = renderApp(PATH, { handlers: handlers(riskOf(assessment())) });
      const form = within(await screen.findByRole('form', { name: 'Credit decision' }));

      await user.type(form.getByLabelText('Limit (CNY)'), typed);
      await user.type(form.getByLabelText('Reason'), 'Known customer');
      await user.click(form.getByRole('button', { name: 'Record decision' }));

      expect(await form.findByText(message)).toBeInTheDocument();
      expect(graph.callsOf('DecideCreditAssessment')).toHaveLength(0);
    },
  );

  it.each([
    [
      'en',
      'Limit (JPY)',
      'Reason',
      'Record decision',
      'JPY amounts take at most 0 decimals.',
    ],
    ['zh', '额度（JPY）', '理由', '记录决策', 'JPY 金额最多 0 位小数。'],
  ])(
    'names and checks the limit in the assessment’s currency (%s), recommended or not',
    async (language, label, reason, submit, message) => {
      const user = userEvent.setup();
      // No income on file: nothing recommended, yet the customer's currency is known.
      const current = assessment({
        currency: 'JPY',
        recommendedLimit: null,
        limitBasis: limitBasis({ basis: 'NONE', monthlyIncome: null }),
      });
      const { graph } = renderApp(PATH, {
        language,
        handlers: handlers(riskOf(current)),
      });
      const input = await screen.findByLabelText(label);
      const form = within(input.closest('form'));

      await user.type(input, '5.5');
      expect(form.queryByLabelText(/CNY|元/)).toBeNull();
      await user.type(form.getByLabelText(reason), 'Known customer');
      await user.click(form.getByRole('button', { name: submit }));
      expect(await form.findByText(message)).toBeInTheDocument();
      expect(graph.callsOf('DecideCreditAssessment')).toHaveLength(0);
    },
  );

  it('sends the limit as the decimal typed, without grouping commas', async () => {
    const user = userEvent.setup();
    const current = assessment();
    const { graph } = renderApp(PATH, {
      handlers: handlers(riskOf(current), {
        DecideCreditAssessment: () => ({
          data: { decideCreditAssessment: { ...current, status: 'DECIDED' } },
        }),
      }),
    });
    const form = within(await screen.findByRole('form', { name: 'Credit decision' }));

    await user.type(form.getByLabelText('Limit (CNY)'), '1,000.10');
    await user.type(form.getByLabelText('Reason'), 'Known customer');
    await user.click(form.getByRole('button', { name: 'Record decision' }));

    await vi.waitFor(() =>
      expect(graph.callsOf('DecideCreditAssessment')).toHaveLength(1),
    );
    expect(graph.callsOf('DecideCreditAssessment')[0].variables.input.limit).toBe(
      '1000.10',
    );
  });

  it('fits a phone', async () => {
    setViewport('phone');
    renderApp(PATH, { handlers: handlers(riskOf(assessment())) });

    const card = within(await riskCard());
    expect(await card.findByText('7.31%')).toBeInTheDocument();
    expect(card.getByRole('button', { name: 'Assess now' })).toBeInTheDocument();
  });

  it('marks a limit resting on estimated inflows', async () => {
    const estimated = limitBasis({
      basis: 'ESTIMATED_INCOME',
      monthlyIncome: { __typename: 'Money', amount: '5000.00', currency: 'CNY' },
      months: 6,
      inflowMonths: 3,
    });
    renderApp(PATH, {
      handlers: handlers(riskOf(assessment({ limitBasis: estimated }))),
    });

    const card = within(await riskCard());
    expect(await card.findByText('Estimated')).toBeInTheDocument();
    expect(
      card.getByText(
        /Money in over the last 6 months, .*5,000\.00 a month \(in 3 of them\)/,
      ),
    ).toBeInTheDocument();
  });

  it('says why a recommended limit is zero', async () => {
    const debt = limitBasis({
      monthlyIncome: money('6563.05'),
      monthlyObligations: money('3906.58'),
      reason: 'DEBT_RATIO',
    });
    renderApp(PATH, {
      handlers: handlers(
        riskOf(assessment({ recommendedLimit: money('0.00'), limitBasis: debt })),
      ),
    });

    const card = within(await riskCard());
    expect(
      await card.findByText(
        /^No limit: monthly obligations of .*3,906\.58 reach 50% of the monthly income/,
      ),
    ).toBeInTheDocument();
  });

  it('says why no limit is recommended and asks the officer for one', async () => {
    const user = userEvent.setup();
    const none = limitBasis({
      basis: 'NONE',
      monthlyIncome: null,
      months: 6,
      inflowMonths: 1,
    });
    const { graph } = renderApp(PATH, {
      handlers: handlers(
        riskOf(assessment({ recommendedLimit: null, limitBasis: none })),
      ),
    });
    const form = within(await screen.findByRole('form', { name: 'Credit decision' }));

    expect(
      screen.getByText(
        'No limit recommended: no income is recorded, and money came in during ' +
          'only 1 of the last 6 months',
      ),
    ).toBeInTheDocument();
    await user.type(form.getByLabelText('Reason'), 'Known customer');
    await user.click(form.getByRole('button', { name: 'Record decision' }));

    expect(
      (
        await form.findAllByText(
          'No limit was recommended: give one to approve, or decline.',
        )
      ).length,
    ).toBeGreaterThan(0);
    expect(graph.callsOf('DecideCreditAssessment')).toHaveLength(0);
  });

  it('tells staff which command trains a model when none is ready', async () => {
    const user = userEvent.setup();
    renderApp(PATH, {
      handlers: handlers(riskOf(null), {
        AssessCreditRisk: () => ({
          data: {
            assessCreditRisk: {
              __typename: 'ModelNotReadyError',
              code: 'MODEL_NOT_READY',
              message: 'No credit-credit_scoring model is active yet',
              command: 'cims train credit --dataset credit_scoring',
            },
          },
        }),
      }),
    });
    const card = within(await riskCard());

    await user.click(card.getByRole('button', { name: 'Assess now' }));

    const alert = await card.findByRole('alert');
    expect(alert).toHaveTextContent('No credit model is ready yet');
    expect(alert).toHaveTextContent('cims train credit --dataset credit_scoring');
  });
});
