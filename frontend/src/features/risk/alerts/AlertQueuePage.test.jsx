import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { alertNode, alertsPage } from '@/features/risk/testData';
import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

describe('alert queue', () => {
  it('lists open alerts with their reasons', async () => {
    const { graph } = renderApp('/risk/alerts', {
      handlers: { Alerts: () => alertsPage([alertNode()]) },
    });

    expect(
      await screen.findByText('Amount 80,000 is 800 times the usual'),
    ).toBeInTheDocument();
    expect(screen.getByText('1 alert')).toBeInTheDocument();
    expect(graph.callsOf('Alerts')[0].variables).toEqual({
      status: ['OPEN'],
      first: 20,
    });
  });

  it('names the rule that fired beside what it saw, in either language', async () => {
    const reasons = [
      {
        __typename: 'AlertReason',
        code: 'large_value',
        weight: 0.65,
        en: 'Large-value transfer (out) of 900,000.00 CNY: at or above the threshold',
        zh: '大额转账支出 900,000.00 CNY，达到个人客户大额交易报告标准',
      },
      {
        __typename: 'AlertReason',
        code: 'overdraft',
        weight: 0.65,
        en: "Debit of 900,000.00 CNY leaves the account's balance at -850,000.00 CNY",
        zh: '支出 900,000.00 CNY 后账户余额为 -850,000.00 CNY',
      },
    ];
    renderApp('/risk/alerts', {
      handlers: { Alerts: () => alertsPage([alertNode({ reasons })]) },
    });

    expect(
      await screen.findByText('Large-value transaction (PBoC report threshold)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Overdraft')).toBeInTheDocument();
    expect(
      screen.getByText(
        "Debit of 900,000.00 CNY leaves the account's balance at -850,000.00 CNY",
      ),
    ).toBeInTheDocument();
  });

  it('is where /risk leads', async () => {
    const { router } = renderApp('/risk', {
      handlers: { Alerts: () => alertsPage([alertNode()]) },
    });

    expect(
      await screen.findByText('Amount 80,000 is 800 times the usual'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/risk/alerts');
  });

  it('dismisses an alert with a reason', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp('/risk/alerts', {
      handlers: {
        Alerts: () => alertsPage([alertNode()]),
        ReviewAlert: () => ({
          data: {
            reviewAlert: {
              __typename: 'Alert',
              id: alertNode().id,
              status: 'DISMISSED',
              reviewer: 'officer-a',
              reviewReason: 'Known house purchase',
            },
          },
        }),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Dismiss' }));
    const dialog = within(await screen.findByRole('dialog'));

    await user.type(dialog.getByLabelText('Reason'), 'Known house purchase');
    await user.click(dialog.getByRole('button', { name: 'Dismiss' }));

    expect(graph.callsOf('ReviewAlert')[0].variables.input).toEqual({
      alertId: alertNode().id,
      action: 'DISMISS',
      reason: 'Known house purchase',
    });
  });

  it('shows alerts as cards on a phone, in Chinese', async () => {
    setViewport('phone');
    renderApp('/risk/alerts', {
      handlers: { Alerts: () => alertsPage([alertNode()]) },
      language: 'zh',
    });

    const item = await screen.findByRole('listitem');
    expect(
      within(item).getByText('金额 80,000 为通常水平的 800 倍'),
    ).toBeInTheDocument();
  });

  it('says so when there is nothing to review', async () => {
    renderApp('/risk/alerts', { handlers: { Alerts: () => alertsPage([]) } });

    expect(await screen.findByText('No alerts here')).toBeInTheDocument();
  });

  it('puts an alert raised meanwhile at the top, live', async () => {
    const { live } = renderApp('/risk/alerts', {
      handlers: { Alerts: () => alertsPage([alertNode()]) },
    });
    await screen.findByText('1 alert');
    await waitFor(() => expect(live.listeners('AlertChanged')).toBe(1));
    const raised = alertNode({
      id: 'QWxlcnQ6Mg==',
      reasons: [
        {
          __typename: 'AlertReason',
          code: 'burst',
          en: '6 transactions within 60 minutes (usually 0.1)',
          zh: '60 分钟内 6 笔交易（通常 0.1 笔）',
        },
      ],
    });

    act(() =>
      live.push('AlertChanged', {
        alertChanged: { __typename: 'AlertChange', kind: 'RAISED', alert: raised },
      }),
    );

    expect(
      await screen.findByText('6 transactions within 60 minutes (usually 0.1)'),
    ).toBeInTheDocument();
    expect(screen.getByText('2 alerts')).toBeInTheDocument();
  });
});
