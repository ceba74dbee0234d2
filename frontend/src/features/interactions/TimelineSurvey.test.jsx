import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { customerDetail, transactionsPage } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

const ZHANG = customerDetail();
const PATH = `/customers/${encodeURIComponent(ZHANG.id)}`;
const INTERACTION_ID = 'SW50ZXJhY3Rpb246Nw==';
const BUTTON = 'Create a CSAT survey link about “Phone · Card limit”';

function timeline() {
  const entry = (cursor, node) => ({ __typename: 'TimelineEntryEdge', cursor, node });
  return {
    __typename: 'TimelineEntryConnection',
    totalCount: 2,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'b' },
    edges: [
      entry('a', {
        __typename: 'TimelineEntry',
        kind: 'INTERACTION',
        at: '2026-12-01T09:30:00Z',
        item: {
          __typename: 'Interaction',
          id: INTERACTION_ID,
          channel: 'PHONE',
          interactionDirection: 'INBOUND',
          purpose: 'Card limit',
          summary: 'Asked to raise the card limit',
          staff: 'li.rm',
        },
      }),
      entry('b', {
        __typename: 'TimelineEntry',
        kind: 'SURVEY_RESPONSE',
        at: '2026-11-01T09:30:00Z',
        item: {
          __typename: 'SurveyResponse',
          id: 'U3VydmV5UmVzcG9uc2U6MQ==',
          surveyKind: 'CSAT',
          score: 4,
          comment: null,
        },
      }),
    ],
  };
}

function handlers(invitation) {
  const customer = { __typename: 'Customer', id: ZHANG.id };
  return {
    Customer: () => ({ data: { customer: ZHANG } }),
    CustomerTransactions: () => ({ data: transactionsPage([]) }),
    CustomerTimeline: () => ({
      data: { customer: { ...customer, timeline: timeline() } },
    }),
    CreateSurveyInvitation: (variables) => invitation(variables),
  };
}

// The timeline entry of the interaction (other sections have alerts of their own).
const entry = () => screen.getByText('Asked to raise the card limit').closest('li');

const CREATED = {
  data: {
    createSurveyInvitation: {
      __typename: 'SurveyInvitationCreated',
      url: 'http://127.0.0.1:8000/survey/tok-abc',
      invitation: {
        __typename: 'SurveyInvitation',
        id: 'U3VydmV5SW52aXRhdGlvbjox',
        kind: 'CSAT',
        expiresAt: '2026-12-19T09:30:00Z',
      },
    },
  },
};

describe('a survey about an interaction, from the timeline', () => {
  it('creates a CSAT link for the interaction and shows it to hand over', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(PATH, {
      handlers: handlers(() => CREATED),
      role: 'relationship_manager',
    });

    await user.click(await screen.findByRole('button', { name: BUTTON }));

    expect(
      await screen.findByText('http://127.0.0.1:8000/survey/tok-abc'),
    ).toBeInTheDocument();
    expect(graph.callsOf('CreateSurveyInvitation')[0].variables).toEqual({
      input: { kind: 'CSAT', interactionId: INTERACTION_ID },
    });
    // Only the interaction gets the action, not the survey answer below it.
    expect(screen.queryAllByRole('button', { name: /survey link/ })).toHaveLength(0);
  });

  // A payload refusing the invitation for one reason (its field error's code).
  const refusedFor = (code) => () => ({
    data: {
      createSurveyInvitation: {
        __typename: 'ValidationError',
        code: 'VALIDATION',
        message: 'Invalid input',
        fields: [
          {
            __typename: 'FieldError',
            field: 'interactionId',
            code,
            message: 'server wording',
          },
        ],
      },
    },
  });

  it.each([
    [
      'a survey was already sent for the interaction',
      'ALREADY_INVITED',
      'A survey of this kind was already sent for this',
    ],
    [
      'the customer’s personal data is erased',
      'ALREADY_ERASED',
      'personal data is erased: no survey can be sent',
    ],
  ])('says so when %s', async (_, code, text) => {
    const user = userEvent.setup();
    renderApp(PATH, {
      handlers: handlers(refusedFor(code)),
      role: 'relationship_manager',
    });

    await user.click(await screen.findByRole('button', { name: BUTTON }));

    expect(await within(entry()).findByRole('alert')).toHaveTextContent(text);
    expect(screen.getByRole('button', { name: BUTTON })).toBeInTheDocument();
  });

  it('says when the server cannot be reached, and lets the user try again', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const flaky = () =>
      ++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : CREATED;
    renderApp(PATH, { handlers: handlers(flaky), role: 'relationship_manager' });

    await user.click(await screen.findByRole('button', { name: BUTTON }));
    expect(await within(entry()).findByRole('alert')).toHaveTextContent(
      'The server could not be reached.',
    );
    await user.click(screen.getByRole('button', { name: BUTTON }));
    expect(
      await screen.findByText('http://127.0.0.1:8000/survey/tok-abc'),
    ).toBeInTheDocument();
  });

  it('offers no survey to a role that may not log interactions', async () => {
    renderApp(PATH, { handlers: handlers(() => CREATED), role: 'compliance_auditor' });

    expect(
      await screen.findByText('Asked to raise the card limit'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: BUTTON })).not.toBeInTheDocument();
  });

  it('is large enough to tap on a phone', async () => {
    setViewport('phone');
    renderApp(PATH, {
      handlers: handlers(() => CREATED),
      role: 'relationship_manager',
    });

    const button = await screen.findByRole('button', { name: BUTTON });
    expect(button).toHaveClass('ant-btn-lg');
    expect(within(entry()).getByRole('button', { name: BUTTON })).toBe(button);
  });
});
