import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { COMPLAINT_ID, complaint } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

function conflictAnswer(version) {
  return {
    __typename: 'ConflictError',
    code: 'CONFLICT',
    message: `The complaint changed since version ${version - 1}`,
    currentVersion: version,
  };
}

// What another handler saved meanwhile: acknowledged and took it over.
function theirVersion(overrides = {}) {
  return complaint({
    version: 2,
    status: 'ACKNOWLEDGED',
    nextSteps: ['INVESTIGATING', 'ESCALATED'],
    assignee: 'zhao.agent',
    assigneeName: 'zhao.agent',
    ...overrides,
  });
}

const handlers = (more) => ({
  Complaint: () => ({ data: { complaint: complaint() } }),
  ComplaintCategories: () => ({
    data: { complaintCategories: [], complaintTeams: [] },
  }),
  AssignableStaff: () => ({
    data: {
      assignableStaff: [
        {
          __typename: 'AssignableStaff',
          username: 'demo.service_agent',
          displayName: '客服专员演示',
        },
        { __typename: 'AssignableStaff', username: 'zhao.agent', displayName: '赵敏' },
      ],
    },
  }),
  ...more,
});

function investigating(overrides = {}) {
  return complaint({
    version: 3,
    status: 'INVESTIGATING',
    nextSteps: ['RESOLVED', 'ESCALATED'],
    ...overrides,
  });
}

/** Opens "Resolve", picks monetary relief and types the redress. */
async function openResolve(user, redress, label = 'Redress (CNY)') {
  await user.click(await screen.findByRole('button', { name: 'Resolve' }));
  const dialog = within(await screen.findByRole('dialog'));
  await user.click(dialog.getByLabelText('Outcome'));
  await user.click(await screen.findByTitle('Monetary relief'));
  await user.type(dialog.getByLabelText(label), redress);
  await user.type(dialog.getByLabelText('Root cause'), 'Duplicate billing run');
  return dialog;
}

describe('complaint detail', () => {
  it('names the assignee by username, not by their opaque subject', async () => {
    const assigned = complaint({
      assignee: '3e5a7c9b-2d4f-4b6a-8c1e-9f0a2b3c4d5e',
      assigneeName: 'zhao.agent',
    });
    renderApp(`/complaints/${COMPLAINT_ID}`, {
      handlers: handlers({ Complaint: () => ({ data: { complaint: assigned } }) }),
    });

    expect(await screen.findByText('zhao.agent')).toBeInTheDocument();
    expect(screen.queryByText(assigned.assignee)).not.toBeInTheDocument();
  });

  it('names who changed the complaint by username in its history', async () => {
    const event = (id, actor, actorName) => ({
      __typename: 'ComplaintEvent',
      id,
      kind: 'FILED',
      fromStatus: null,
      toStatus: 'RECEIVED',
      actor,
      actorName,
      at: '2026-12-04T09:00:00+00:00',
      reason: null,
    });
    const history = [
      event('Q29tcGxhaW50RXZlbnQ6MQ==', 'a1b2c3-subject', 'wang.service'),
      event('Q29tcGxhaW50RXZlbnQ6Mg==', 'gone-subject', null),
    ];
    renderApp(`/complaints/${COMPLAINT_ID}`, {
      handlers: handlers({
        Complaint: () => ({ data: { complaint: complaint({ history }) } }),
      }),
    });

    expect(await screen.findByText(/· wang\.service/)).toBeInTheDocument();
    expect(screen.queryByText(/a1b2c3-subject/)).toBeNull();
    expect(screen.getByText(/· gone-subject/)).toBeInTheDocument();
  });

  it.each([
    ['1e3', 'Enter an amount such as 12,000 or 12000.50.'],
    ['5.129', 'CNY amounts take at most 2 decimals.'],
  ])(
    'refuses the redress %j beside the field and sends nothing',
    async (typed, message) => {
      const user = userEvent.setup();
      const { graph } = renderApp(`/complaints/${COMPLAINT_ID}`, {
        handlers: handlers({
          Complaint: () => ({ data: { complaint: investigating() } }),
        }),
      });

      const dialog = await openResolve(user, typed);
      await user.click(dialog.getByRole('button', { name: 'Resolve' }));

      expect(await dialog.findByText(message)).toBeInTheDocument();
      expect(graph.callsOf('ResolveComplaint')).toHaveLength(0);
    },
  );

  it('names and checks the redress in the complaint’s currency', async () => {
    const user = userEvent.setup();
    // The complaint names a yen account: redress is paid in yen, whole ones.
    const inYen = investigating({ redressCurrency: 'JPY' });
    const { graph } = renderApp(`/complaints/${COMPLAINT_ID}`, {
      handlers: handlers({ Complaint: () => ({ data: { complaint: inYen } }) }),
    });

    const dialog = await openResolve(user, '5.5', 'Redress (JPY)');
    await user.click(dialog.getByRole('button', { name: 'Resolve' }));

    expect(
      await dialog.findByText('JPY amounts take at most 0 decimals.'),
    ).toBeInTheDocument();
    expect(dialog.queryByLabelText(/CNY/)).toBeNull();
    expect(graph.callsOf('ResolveComplaint')).toHaveLength(0);
  });

  it('sends the redress as the decimal typed', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(`/complaints/${COMPLAINT_ID}`, {
      handlers: handlers({
        Complaint: () => ({ data: { complaint: investigating() } }),
        ResolveComplaint: () => ({
          data: { resolveComplaint: investigating({ status: 'RESOLVED', version: 4 }) },
        }),
      }),
    });

    const dialog = await openResolve(user, '1,000.50');
    await user.click(dialog.getByRole('button', { name: 'Resolve' }));

    await vi.waitFor(() => expect(graph.callsOf('ResolveComplaint')).toHaveLength(1));
    expect(graph.callsOf('ResolveComplaint')[0].variables.input).toMatchObject({
      outcome: 'MONETARY_RELIEF',
      redressAmount: '1000.50',
    });
  });

  it('names the current state when the workflow refuses a step', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(`/complaints/${COMPLAINT_ID}`, {
      handlers: handlers({
        AcknowledgeComplaint: () => ({
          data: {
            acknowledgeComplaint: {
              __typename: 'InvalidTransitionError',
              code: 'INVALID_TRANSITION',
              message: 'Cannot go from closed to acknowledged',
              currentState: 'CLOSED',
              requested: 'ACKNOWLEDGED',
              allowedSteps: ['REOPENED'],
            },
          },
        }),
      }),
    });

    await user.click(await screen.findByRole('button', { name: 'Acknowledge' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('button', { name: 'Acknowledge' }));

    // Read through the ComplaintErrorFields fragment on the Error interface.
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'Not allowed from the current state (Closed).',
    );
    expect(graph.callsOf('AcknowledgeComplaint')[0].variables.input).toEqual({
      id: COMPLAINT_ID,
      version: 1,
    });
  });

  it('keeps the picked assignee after a conflict and assigns again on its version', async () => {
    const user = userEvent.setup();
    let current = complaint();
    const answers = [conflictAnswer(2), complaint({ version: 3 })];
    const { graph } = renderApp(`/complaints/${COMPLAINT_ID}`, {
      handlers: handlers({
        Complaint: () => ({ data: { complaint: current } }),
        AssignComplaint: () => {
          current = theirVersion();
          return { data: { assignComplaint: answers.shift() } };
        },
      }),
    });

    await user.type(await screen.findByLabelText('Assignee'), 'demo.service');
    await user.click(await screen.findByTitle('客服专员演示 (demo.service_agent)'));
    await user.click(screen.getByRole('button', { name: 'Assign' }));

    const list = await screen.findByRole('list', {
      name: 'Changed by the other person',
    });
    expect(list).toHaveTextContent('Assignee: now zhao.agent (was (none))');
    expect(list).toHaveTextContent('Status: now Acknowledged (was Received)');
    // The loading icon's leaving motion never ends in jsdom: it stays in the name.
    await user.click(screen.getByRole('button', { name: /Assign$/ }));

    await vi.waitFor(() => expect(graph.callsOf('AssignComplaint')).toHaveLength(2));
    expect(graph.callsOf('AssignComplaint')[1].variables.input).toEqual({
      id: COMPLAINT_ID,
      version: 2,
      assignee: 'demo.service_agent',
      teamId: null,
    });
  });

  it('keeps a comment after a conflict and sends it again (zh)', async () => {
    const user = userEvent.setup();
    const text = '已回电客户，账单副本已寄出。';
    let current = complaint();
    const answers = [conflictAnswer(2), complaint({ version: 3 })];
    const { graph } = renderApp(`/complaints/${COMPLAINT_ID}`, {
      language: 'zh',
      handlers: handlers({
        Complaint: () => ({ data: { complaint: current } }),
        CommentOnComplaint: () => {
          current = theirVersion();
          return { data: { commentOnComplaint: answers.shift() } };
        },
      }),
    });

    const box = await screen.findByRole('textbox', { name: '备注' });
    await user.type(box, text);
    await user.click(screen.getByRole('button', { name: /添加备注/ }));

    const list = await screen.findByRole('list', { name: '对方修改的字段' });
    expect(list).toHaveTextContent('状态：现为已确认（原为已受理）');
    expect(screen.getByRole('textbox', { name: '备注' })).toHaveValue(text);
    await user.click(screen.getByRole('button', { name: /添加备注/ }));

    await vi.waitFor(() => expect(graph.callsOf('CommentOnComplaint')).toHaveLength(2));
    expect(graph.callsOf('CommentOnComplaint')[1].variables.input).toEqual({
      id: COMPLAINT_ID,
      version: 2,
      text,
    });
  });

  it('keeps the reason typed in a step after a conflict', async () => {
    const user = userEvent.setup();
    let current = complaint();
    const { graph } = renderApp(`/complaints/${COMPLAINT_ID}`, {
      handlers: handlers({
        Complaint: () => ({ data: { complaint: current } }),
        EscalateComplaint: () => {
          current = theirVersion({ severity: 'HIGH' });
          return { data: { escalateComplaint: conflictAnswer(2) } };
        },
      }),
    });

    await user.click(await screen.findByRole('button', { name: 'Escalate' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(
      dialog.getByLabelText('Reason'),
      'Customer threatens to go to the regulator',
    );
    await user.click(dialog.getByRole('button', { name: 'Escalate' }));

    const list = await dialog.findByRole('list', {
      name: 'Changed by the other person',
    });
    expect(list).toHaveTextContent('Severity: now High (was Medium)');
    expect(dialog.getByLabelText('Reason')).toHaveValue(
      'Customer threatens to go to the regulator',
    );
    await user.click(dialog.getByRole('button', { name: 'Escalate' }));

    await vi.waitFor(() => expect(graph.callsOf('EscalateComplaint')).toHaveLength(2));
    expect(graph.callsOf('EscalateComplaint')[1].variables.input.version).toBe(2);
  });

  it('assigns to a handler picked from the list, searched by name', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(`/complaints/${COMPLAINT_ID}`, {
      handlers: handlers({
        AssignComplaint: () => ({
          data: {
            assignComplaint: complaint({ version: 2, assigneeName: 'zhao.agent' }),
          },
        }),
      }),
    });

    await user.type(await screen.findByLabelText('Assignee'), '赵');
    expect(screen.queryByTitle('客服专员演示 (demo.service_agent)')).toBeNull();
    await user.click(await screen.findByTitle('赵敏 (zhao.agent)'));
    await user.click(screen.getByRole('button', { name: 'Assign' }));

    await vi.waitFor(() => expect(graph.callsOf('AssignComplaint')).toHaveLength(1));
    expect(graph.callsOf('AssignableStaff')[0].variables).toEqual({
      complaintId: COMPLAINT_ID,
    });
    expect(graph.callsOf('AssignComplaint')[0].variables.input).toEqual({
      id: COMPLAINT_ID,
      version: 1,
      assignee: 'zhao.agent',
      teamId: null,
    });
  });

  it('adds a comment to the history', async () => {
    const user = userEvent.setup();
    const text = 'Called the customer back; a statement copy is on its way.';
    const { graph } = renderApp(`/complaints/${COMPLAINT_ID}`, {
      handlers: handlers({
        CommentOnComplaint: () => ({
          data: { commentOnComplaint: complaint({ version: 2 }) },
        }),
      }),
    });

    await user.type(await screen.findByLabelText('Comment'), text);
    await user.click(screen.getByRole('button', { name: 'Add comment' }));

    await vi.waitFor(() => expect(graph.callsOf('Complaint')).toHaveLength(2));
    expect(graph.callsOf('CommentOnComplaint')[0].variables.input).toEqual({
      id: COMPLAINT_ID,
      version: 1,
      text,
    });
    expect(screen.getByLabelText('Comment')).toHaveValue('');
  });

  it('offers no comment, assignment or step to a role that may only read', async () => {
    renderApp(`/complaints/${COMPLAINT_ID}`, {
      handlers: handlers(),
      role: 'compliance_auditor',
    });

    await screen.findByText(complaint().description);
    expect(screen.queryByLabelText('Comment')).toBeNull();
    expect(screen.queryByLabelText('Assignee')).toBeNull();
  });

  it("offers no reopening or comment on an erased customer's complaint", async () => {
    const resolved = complaint({
      status: 'RESOLVED',
      nextSteps: ['CLOSED', 'REOPENED'],
      customer: {
        __typename: 'Customer',
        id: 'Q3VzdG9tZXI6MQ==',
        customerNo: 'C1000000001',
        fullName: 'ERASED-1A2B3C4D',
        erasedAt: '2026-12-01T09:00:00+00:00',
      },
    });
    renderApp(`/complaints/${COMPLAINT_ID}`, {
      handlers: handlers({ Complaint: () => ({ data: { complaint: resolved } }) }),
    });

    expect(
      await screen.findByText(/personal data is erased: this complaint can no longer/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reopen' })).toBeNull();
    expect(screen.queryByLabelText('Comment')).toBeNull();
  });

  it('says so when the server refuses a step on an erased customer (zh)', async () => {
    const user = userEvent.setup();
    const resolved = complaint({
      status: 'RESOLVED',
      nextSteps: ['CLOSED', 'REOPENED'],
    });
    const { graph } = renderApp(`/complaints/${COMPLAINT_ID}`, {
      language: 'zh',
      handlers: handlers({
        Complaint: () => ({ data: { complaint: resolved } }),
        ReopenComplaint: () => ({
          data: {
            reopenComplaint: {
              __typename: 'RefusedError',
              code: 'ALREADY_ERASED',
              message: "The customer's personal data is erased",
            },
          },
        }),
      }),
    });

    await user.click(await screen.findByRole('button', { name: '重开' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(dialog.getByLabelText('说明'), '客户再次来电');
    await user.click(dialog.getByRole('button', { name: '重开' }));

    expect(await dialog.findByRole('alert')).toHaveTextContent(
      '该客户的个人信息已删除：此投诉不能再重新打开，也不能添加备注或说明。',
    );
    expect(graph.callsOf('ReopenComplaint')).toHaveLength(1);
  });

  it('says so when the server refuses a comment on an erased customer', async () => {
    const user = userEvent.setup();
    renderApp(`/complaints/${COMPLAINT_ID}`, {
      handlers: handlers({
        CommentOnComplaint: () => ({
          data: {
            commentOnComplaint: {
              __typename: 'RefusedError',
              code: 'ALREADY_ERASED',
              message: "The customer's personal data is erased",
            },
          },
        }),
      }),
    });

    await user.type(await screen.findByLabelText('Comment'), 'Called back');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /personal data is erased: this complaint can no longer be reopened/,
    );
    expect(screen.getByLabelText('Comment')).toHaveValue('Called back');
  });
});
