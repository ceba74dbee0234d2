import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';

import { LOG_INTERACTION_MUTATION } from '@/features/interactions/api/logInteractionMutation';
import {
  BACKDATE_DAYS,
  LogInteractionForm,
  whenProblem,
} from '@/features/interactions/LogInteractionForm';
import { createI18n } from '@/lib/i18n';

const CUSTOMER = 'Q3VzdG9tZXI6MQ';

function logged(input) {
  return {
    request: { query: LOG_INTERACTION_MUTATION, variables: { input } },
    result: {
      data: {
        logInteraction: {
          __typename: 'Interaction',
          id: 'SW50ZXJhY3Rpb246MQ',
          channel: input.channel,
          purpose: input.purpose,
          occurredAt: '2026-12-04T09:00:00+00:00',
        },
      },
    },
  };
}

function renderForm(mocks, onLogged) {
  return render(
    <MockedProvider mocks={mocks}>
      <I18nextProvider i18n={createI18n({ language: 'en' })}>
        <LogInteractionForm customerId={CUSTOMER} onLogged={onLogged} />
      </I18nextProvider>
    </MockedProvider>,
  );
}

describe('LogInteractionForm', () => {
  it('logs a WeChat enquiry in a few taps', async () => {
    const user = userEvent.setup();
    const onLogged = vi.fn();
    const input = {
      customerId: CUSTOMER,
      channel: 'WECHAT',
      direction: 'INBOUND',
      purpose: 'Enquiry',
      summary: 'Asked about the annual fee',
    };
    renderForm([logged(input)], onLogged);

    await user.click(screen.getByText('WeChat'));
    await user.click(screen.getByText('Enquiry'));
    await user.type(screen.getByLabelText('Summary'), 'Asked about the annual fee');
    await user.click(screen.getByRole('button', { name: 'Log interaction' }));

    await waitFor(() => expect(onLogged).toHaveBeenCalledTimes(1));
    expect(onLogged.mock.calls[0][0].channel).toBe('WECHAT');
  });

  it('keeps the button disabled until purpose and summary are given', () => {
    renderForm([], vi.fn());

    expect(screen.getByRole('button', { name: 'Log interaction' })).toBeDisabled();
  });

  it('sends when it happened once an earlier time is picked', async () => {
    const user = userEvent.setup();
    const onLogged = vi.fn();
    const picked = dayjs()
      .subtract(2, 'day')
      .hour(9)
      .minute(30)
      .second(0)
      .millisecond(0);
    const input = {
      customerId: CUSTOMER,
      channel: 'PHONE',
      direction: 'INBOUND',
      purpose: 'Enquiry',
      summary: 'Called back',
      occurredAt: picked.toISOString(),
    };
    renderForm([logged(input)], onLogged);

    const when = screen.getByLabelText('When it happened');
    expect(when).toHaveAttribute('placeholder', 'Now');
    await user.click(when);
    await user.type(when, `${picked.format('YYYY-MM-DD HH:mm')}{Enter}`);
    await user.click(screen.getByText('Phone'));
    await user.click(screen.getByText('Enquiry'));
    await user.type(screen.getByLabelText('Summary'), 'Called back');
    await user.click(screen.getByRole('button', { name: 'Log interaction' }));

    await waitFor(() => expect(onLogged).toHaveBeenCalledTimes(1));
  });

  it('refuses a time in the future or beyond the backdate limit, and takes now', () => {
    const now = dayjs('2026-12-05T10:00:00Z');

    expect(whenProblem(null, now)).toBeNull();
    expect(whenProblem(now.subtract(1, 'minute'), now)).toBeNull();
    expect(whenProblem(now.subtract(BACKDATE_DAYS, 'day'), now)).toBeNull();
    expect(whenProblem(now.add(1, 'minute'), now)).toBe('future');
    expect(whenProblem(now.subtract(BACKDATE_DAYS + 1, 'day'), now)).toBe('tooOld');
  });
});
