import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { POLL_MS } from '@/features/customers/detail/ErasureRequestBanner';
import { customerDetail, transactionsPage } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

const ZHANG = customerDetail();
const PATH = `/customers/${encodeURIComponent(ZHANG.id)}`;
const NO_ANALYTICS = {
  __typename: 'Customer',
  id: ZHANG.id,
  segments: [],
  value: null,
  recommendations: [],
  consents: [],
};

function erasureRequest(pending) {
  return {
    data: {
      customer: {
        __typename: 'Customer',
        id: ZHANG.id,
        pendingErasureRequest: pending,
      },
    },
  };
}

function pendingRequest(overrides = {}) {
  return {
    __typename: 'ErasureRequest',
    id: 'RXJhc3VyZVJlcXVlc3Q6Nw==',
    status: 'PENDING',
    ground: 'OBJECTION',
    reference: 'DSR-2026-042',
    requestedBy: 'subject-of-someone',
    requestedByName: 'li.na',
    requestedAt: '2026-03-01T09:00:00Z',
    requestedByYou: false,
    ...overrides,
  };
}

const ERASED = {
  ...ZHANG,
  fullName: 'ERASED-1A2B3C4D',
  status: 'CLOSED',
  version: 4,
  archivedAt: '2026-03-01T10:00:00Z',
  erasedAt: '2026-03-01T10:00:00Z',
};

const HELD = {
  __typename: 'ErasureHeldError',
  code: 'ERASURE_HELD',
  message: 'The personal data must be kept for now',
  holds: [
    {
      __typename: 'ErasureHold',
      code: 'OPEN_ACCOUNTS',
      message: 'Accounts are still open',
      count: 2,
      until: null,
    },
    {
      __typename: 'ErasureHold',
      code: 'RETENTION_PERIOD',
      message: 'Records are kept',
      count: null,
      until: '2031-06-30',
    },
  ],
};

function detailHandlers(overrides = {}) {
  return {
    Customer: () => ({ data: { customer: ZHANG } }),
    CustomerTransactions: () => ({ data: transactionsPage([1, 2]) }),
    CustomerAnalytics: () => ({ data: { customer: { ...NO_ANALYTICS } } }),
    CustomerRisk: () => ({
      data: {
        customer: {
          __typename: 'Customer',
          id: ZHANG.id,
          latestCreditAssessment: null,
        },
      },
    }),
    CustomerRecords: () => ({
      data: {
        customer: {
          __typename: 'Customer',
          id: ZHANG.id,
          kind: 'INDIVIDUAL',
          completeness: {
            __typename: 'Completeness',
            score: 100,
            complete: true,
            missingRequired: [],
            missingRecommended: [],
          },
          kycDocuments: [],
          consents: [],
          relationships: [],
        },
      },
    }),
    CustomerErasureRequest: () => erasureRequest(null),
    CustomerTimeline: () => ({
      data: {
        customer: {
          __typename: 'Customer',
          id: ZHANG.id,
          timeline: {
            __typename: 'TimelineEntryConnection',
            totalCount: 0,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [],
          },
        },
      },
    }),
    ...overrides,
  };
}

describe('customer detail', () => {
  it('shows the profile, the balance per currency and the accounts', async () => {
    renderApp(PATH, { handlers: detailHandlers() });

    expect(await screen.findByRole('heading', { name: '张伟' })).toBeInTheDocument();
    expect(screen.getByText('zhang.wei@example.com')).toBeInTheDocument();
    expect(screen.getByText('CNY · 1 account')).toBeInTheDocument();
    expect(screen.getAllByText('CN¥12,345.60')).toHaveLength(2);
    const accounts = screen
      .getByRole('columnheader', { name: 'Account no.' })
      .closest('table');
    expect(
      within(accounts).getByRole('cell', { name: '6222020000000001' }),
    ).toBeInTheDocument();
  });

  it('shows on the timeline who handled an interaction, by name', async () => {
    const interaction = (id, staff, staffName) => ({
      __typename: 'TimelineEntry',
      kind: 'INTERACTION',
      at: '2026-12-04T09:00:00+00:00',
      item: {
        __typename: 'Interaction',
        id,
        channel: 'PHONE',
        interactionDirection: 'INBOUND',
        purpose: `Enquiry ${id}`,
        summary: 'Asked about the annual fee',
        staff,
        staffName,
      },
    });
    renderApp(PATH, {
      handlers: detailHandlers({
        CustomerTimeline: () => ({
          data: {
            customer: {
              __typename: 'Customer',
              id: ZHANG.id,
              timeline: {
                __typename: 'TimelineEntryConnection',
                totalCount: 2,
                pageInfo: {
                  __typename: 'PageInfo',
                  hasNextPage: false,
                  endCursor: null,
                },
                edges: [
                  {
                    __typename: 'TimelineEntryEdge',
                    cursor: 'c1',
                    node: interaction('SW50ZXJhY3Rpb246MQ', 'a1b2-subject', 'li.na'),
                  },
                  {
                    __typename: 'TimelineEntryEdge',
                    cursor: 'c2',
                    node: interaction('SW50ZXJhY3Rpb246Mg', 'gone-subject', null),
                  },
                ],
              },
            },
          },
        }),
      }),
    });

    expect(await screen.findByText('Handled by li.na')).toBeInTheDocument();
    expect(screen.getByText(/Enquiry SW50ZXJhY3Rpb246Mg/)).toBeInTheDocument();
    expect(screen.getAllByText(/^Handled by/)).toHaveLength(1);
    expect(screen.queryByText(/subject/)).toBeNull();
  });

  it('loads older transactions after the newest page', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(PATH, {
      handlers: detailHandlers({
        CustomerTransactions: ({ after }) => ({
          data: after
            ? transactionsPage([3], { total: 3 })
            : transactionsPage([1, 2], { hasNextPage: true, total: 3 }),
        }),
      }),
    });
    expect(await screen.findByText('Purchase 2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Purchase 3')).toBeInTheDocument();
    expect(screen.getByText('Purchase 1')).toBeInTheDocument();
    expect(graph.callsOf('CustomerTransactions').at(-1).variables).toEqual({
      id: ZHANG.id,
      first: 20,
      after: 't2',
    });
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('archives only after the user confirms in a dialog', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(PATH, {
      handlers: detailHandlers({
        ArchiveCustomer: () => ({
          data: {
            archiveCustomer: {
              __typename: 'Customer',
              id: ZHANG.id,
              version: 4,
              archivedAt: '2026-03-01T10:00:00Z',
              updatedAt: '2026-03-01T10:00:00Z',
            },
          },
        }),
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Archive this customer?',
    });
    expect(graph.callsOf('ArchiveCustomer')).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));

    expect(await screen.findByText(/^Archived on /)).toBeInTheDocument();
    expect(graph.callsOf('ArchiveCustomer')[0].variables.input).toEqual({
      id: ZHANG.id,
      version: 3,
    });
    expect(screen.getByRole('button', { name: 'Restore' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit' })).toBeDisabled();
  });

  it('tells of a conflict when archiving a customer changed meanwhile', async () => {
    const user = userEvent.setup();
    renderApp(PATH, {
      handlers: detailHandlers({
        ArchiveCustomer: () => ({
          data: {
            archiveCustomer: {
              __typename: 'ConflictError',
              code: 'CONFLICT',
              message: 'Customer was changed by someone else; reload and try again',
              currentVersion: 4,
            },
          },
        }),
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog');

    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Someone else saved this customer first.',
    );
    expect(screen.queryByText(/^Archived on /)).not.toBeInTheDocument();
  });

  it('shows what it may when parts of the customer are withheld', async () => {
    const denied = (field) => ({
      message: `Permission ${field} is required`,
      path: ['customer', field],
      extensions: { code: 'FORBIDDEN', requestId: 'req-1' },
    });
    renderApp(PATH, {
      handlers: detailHandlers({
        Customer: () => ({
          data: { customer: { ...ZHANG, accounts: null, balanceSummary: null } },
          errors: [denied('accounts'), denied('balanceSummary')],
        }),
        CustomerTransactions: () => ({
          data: {
            customer: { __typename: 'Customer', id: ZHANG.id, transactions: null },
          },
          errors: [denied('transactions')],
        }),
      }),
    });

    expect(await screen.findByRole('heading', { name: '张伟' })).toBeInTheDocument();
    expect(screen.getByText('zhang.wei@example.com')).toBeInTheDocument();
    await expect
      .poll(() => screen.queryAllByText('You are not permitted to see this.'))
      .toHaveLength(3);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when there is no such customer', async () => {
    renderApp(PATH, {
      handlers: detailHandlers({ Customer: () => ({ data: { customer: null } }) }),
    });

    expect(
      await screen.findByText(
        'This customer does not exist or is outside your branch.',
      ),
    ).toBeInTheDocument();
  });

  it('shows accounts and transactions as lists, not tables, on a phone', async () => {
    setViewport('phone');
    renderApp(PATH, { handlers: detailHandlers() });

    expect(await screen.findByText('Purchase 1')).toBeInTheDocument();

    expect(screen.queryByRole('columnheader')).not.toBeInTheDocument();
  });

  it('requests erasure with a ground and a reference, and shows it pending', async () => {
    const user = userEvent.setup();
    let pending = null;
    const { graph } = renderApp(PATH, {
      handlers: detailHandlers({
        CustomerErasureRequest: () => erasureRequest(pending),
        RequestErasure: ({ input }) => {
          pending = pendingRequest({
            ground: input.ground,
            reference: input.reference,
            requestedBy: 'subject-of-administrator',
            requestedByName: 'demo.administrator',
            requestedByYou: true,
          });
          return { data: { requestErasure: pending } };
        },
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Request erasure' }));
    const dialog = await screen.findByRole('dialog', {
      name: "Request erasure of this customer's personal data?",
    });
    const send = within(dialog).getByRole('button', { name: 'Request erasure' });
    expect(send).toBeDisabled();

    await user.click(within(dialog).getByLabelText('Ground of the request'));
    await user.click(await screen.findByTitle('Objection to processing'));
    await user.type(
      within(dialog).getByLabelText("Reference of the customer's request"),
      ' DSR-2026-042 ',
    );
    await user.click(send);

    expect(
      await screen.findByText(/^Erasure requested by demo.administrator on /),
    ).toBeInTheDocument();
    expect(graph.callsOf('RequestErasure')[0].variables.input).toEqual({
      customerId: ZHANG.id,
      ground: 'OBJECTION',
      reference: 'DSR-2026-042',
    });
    expect(
      screen.getByText('You made this request: another person must approve it.'),
    ).toBeInTheDocument();
    // The requester may withdraw but not approve; no second request either.
    expect(screen.queryByRole('button', { name: 'Approve and erase' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Withdraw' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Request erasure' })).toBeDisabled();
  });

  it('lists the holds when a request is refused', async () => {
    const user = userEvent.setup();
    renderApp(PATH, {
      handlers: detailHandlers({
        RequestErasure: () => ({ data: { requestErasure: HELD } }),
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Request erasure' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Ground of the request'));
    await user.click(await screen.findByTitle('Consent withdrawn'));
    await user.type(
      within(dialog).getByLabelText("Reference of the customer's request"),
      'DSR-1',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Request erasure' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The personal data must be kept for now.');
    expect(alert).toHaveTextContent('2 accounts are still open');
    expect(alert).toHaveTextContent(/Records must be kept until .*2031/);
  });

  it('lets a second person approve after typing the number, and erases', async () => {
    const user = userEvent.setup();
    let erased = false;
    const { graph } = renderApp(PATH, {
      handlers: detailHandlers({
        Customer: () => ({ data: { customer: erased ? ERASED : ZHANG } }),
        CustomerErasureRequest: () => erasureRequest(erased ? null : pendingRequest()),
        ApproveErasureRequest: () => {
          erased = true;
          const approved = pendingRequest({ status: 'APPROVED' });
          return { data: { approveErasureRequest: approved } };
        },
      }),
    });
    expect(
      await screen.findByText(/^Erasure requested by li.na on /),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Ground: Objection to processing · Reference: DSR-2026-042'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Approve and erase' }));
    const dialog = await screen.findByRole('dialog', {
      name: "Erase this customer's personal data?",
    });
    const approve = within(dialog).getByRole('button', { name: 'Approve and erase' });
    expect(approve).toBeDisabled();
    await user.type(
      within(dialog).getByLabelText('Type the customer number C000000001 to confirm'),
      'c000000001',
    );
    await user.click(approve);

    expect(await screen.findByText(/^Personal data erased on /)).toBeInTheDocument();
    expect(graph.callsOf('ApproveErasureRequest')[0].variables.input).toEqual({
      id: 'RXJhc3VyZVJlcXVlc3Q6Nw==',
    });
    expect(screen.queryByText(/^Erasure requested by /)).not.toBeInTheDocument();
  });

  it('shows the holds when approval is refused, and the request stays', async () => {
    const user = userEvent.setup();
    renderApp(PATH, {
      handlers: detailHandlers({
        CustomerErasureRequest: () => erasureRequest(pendingRequest()),
        ApproveErasureRequest: () => ({ data: { approveErasureRequest: HELD } }),
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Approve and erase' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(
      within(dialog).getByLabelText(/^Type the customer number/),
      'C000000001',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Approve and erase' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('2 accounts are still open');
    expect(screen.getByText(/^Erasure requested by li.na on /)).toBeInTheDocument();
  });

  it('rejects a colleague’s request with a reason', async () => {
    const user = userEvent.setup();
    let decided = false;
    const { graph } = renderApp(PATH, {
      handlers: detailHandlers({
        CustomerErasureRequest: () => erasureRequest(decided ? null : pendingRequest()),
        RejectErasureRequest: () => {
          decided = true;
          const rejected = pendingRequest({ status: 'REJECTED' });
          return { data: { rejectErasureRequest: rejected } };
        },
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Reject this erasure request?',
    });
    const reject = within(dialog).getByRole('button', { name: 'Reject' });
    expect(reject).toBeDisabled();

    await user.type(within(dialog).getByLabelText('Reason'), 'Loan in dispute');
    await user.click(reject);

    expect(await screen.findByText('Erasure request rejected.')).toBeInTheDocument();
    expect(graph.callsOf('RejectErasureRequest')[0].variables.input).toEqual({
      id: 'RXJhc3VyZVJlcXVlc3Q6Nw==',
      reason: 'Loan in dispute',
    });
    await expect.poll(() => screen.queryByText(/^Erasure requested by /)).toBeNull();
  });

  it('tells the requester when the server refuses their own approval', async () => {
    const user = userEvent.setup();
    renderApp(PATH, {
      handlers: detailHandlers({
        CustomerErasureRequest: () => erasureRequest(pendingRequest()),
        ApproveErasureRequest: () => ({
          data: {
            approveErasureRequest: {
              __typename: 'RefusedError',
              code: 'SAME_APPROVER',
              message: 'A second, different person must approve this erasure',
            },
          },
        }),
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Approve and erase' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(
      within(dialog).getByLabelText(/^Type the customer number/),
      'C000000001',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Approve and erase' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Four eyes: a second, different person must approve this erasure.',
    );
  });

  it('notices by itself on focus that a colleague approved, and shows it erased', async () => {
    let decided = false;
    const { graph } = renderApp(PATH, {
      handlers: detailHandlers({
        Customer: () => ({ data: { customer: decided ? ERASED : ZHANG } }),
        CustomerErasureRequest: () => erasureRequest(decided ? null : pendingRequest()),
        ErasureRequestOutcome: ({ id }) => ({
          data: {
            node: {
              ...pendingRequest({ id, status: 'APPROVED' }),
              decidedBy: 'subject-of-wang',
              decidedByName: 'wang.fang',
              decidedAt: '2026-03-02T09:00:00Z',
            },
          },
        }),
      }),
    });
    await screen.findByText(/^Erasure requested by li.na on /);
    const customerReads = graph.callsOf('Customer').length;

    // Approved at the shell or in another tab; this tab comes back into focus.
    decided = true;
    fireEvent.focus(window);

    expect(
      await screen.findByText(
        /^wang\.fang approved this erasure request meanwhile: the personal data is erased/,
      ),
    ).toBeInTheDocument();
    expect(graph.callsOf('ErasureRequestOutcome')[0].variables).toEqual({
      id: 'RXJhc3VyZVJlcXVlc3Q6Nw==',
    });
    await expect
      .poll(() => graph.callsOf('Customer').length)
      .toBeGreaterThan(customerReads);
    expect(
      await screen.findByRole('heading', { name: ERASED.fullName }),
    ).toBeInTheDocument();
    expect(screen.queryByText(ZHANG.fullName)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve and erase' })).toBeNull();
  });

  it('says who rejected the request elsewhere, in Chinese, and keeps the data', async () => {
    let decided = false;
    const { graph } = renderApp(PATH, {
      language: 'zh',
      handlers: detailHandlers({
        CustomerErasureRequest: () => erasureRequest(decided ? null : pendingRequest()),
        ErasureRequestOutcome: ({ id }) => ({
          data: {
            node: {
              ...pendingRequest({ id, status: 'REJECTED' }),
              decidedBy: 'subject-of-wang',
              decidedByName: 'wang.fang',
              decidedAt: '2026-03-02T09:00:00Z',
            },
          },
        }),
      }),
    });
    await screen.findByText(/li\.na 于 .* 申请删除个人信息/);
    const customerReads = graph.callsOf('Customer').length;

    decided = true;
    document.dispatchEvent(new Event('visibilitychange'));

    expect(
      await screen.findByText('wang.fang 已在此期间驳回该删除申请，个人信息予以保留。'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: ZHANG.fullName })).toBeInTheDocument();
    expect(graph.callsOf('Customer')).toHaveLength(customerReads);
  });

  it('asks again every half minute while the tab is shown', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { graph } = renderApp(PATH, {
        handlers: detailHandlers({
          CustomerErasureRequest: () => erasureRequest(pendingRequest()),
        }),
      });
      await screen.findByText(/^Erasure requested by li.na on /);
      const asked = graph.callsOf('CustomerErasureRequest').length;

      await vi.advanceTimersByTimeAsync(POLL_MS + 100);

      await expect
        .poll(() => graph.callsOf('CustomerErasureRequest').length)
        .toBeGreaterThan(asked);
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells a stale tab the request was decided elsewhere and shows it erased', async () => {
    const user = userEvent.setup();
    // Another tab approved meanwhile: this one still shows the request and the name.
    let decided = false;
    const { graph } = renderApp(PATH, {
      handlers: detailHandlers({
        Customer: () => ({ data: { customer: decided ? ERASED : ZHANG } }),
        CustomerErasureRequest: () => erasureRequest(decided ? null : pendingRequest()),
        ApproveErasureRequest: () => {
          decided = true;
          return {
            data: {
              approveErasureRequest: {
                __typename: 'RefusedError',
                code: 'ALREADY_DECIDED',
                message: 'This erasure request is decided already',
              },
            },
          };
        },
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Approve and erase' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(
      within(dialog).getByLabelText(/^Type the customer number/),
      'C000000001',
    );
    const customerReads = graph.callsOf('Customer').length;

    await user.click(within(dialog).getByRole('button', { name: 'Approve and erase' }));

    expect(
      await screen.findByText(/^Someone else decided this erasure request meanwhile\./),
    ).toBeInTheDocument();
    expect(await screen.findByText(/^Personal data erased on /)).toBeInTheDocument();
    expect(graph.callsOf('Customer').length).toBeGreaterThan(customerReads);
    expect(screen.getByRole('heading', { name: ERASED.fullName })).toBeInTheDocument();
    expect(screen.queryByText(ZHANG.fullName)).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The notice outlasts the refetch that took the request away.
    expect(screen.getByText(/^Someone else decided/)).toBeInTheDocument();
  });

  it.each([
    [
      'en',
      'An erased customer can no longer be edited, merged, restored or erased again.',
    ],
    ['zh', '个人信息已删除的客户不能再编辑、合并、恢复或再次申请删除。'],
  ])(
    'offers no change to an erased customer and says why (%s)',
    async (language, why) => {
      renderApp(PATH, {
        language,
        handlers: detailHandlers({ Customer: () => ({ data: { customer: ERASED } }) }),
      });

      expect(await screen.findByText(new RegExp(why))).toBeInTheDocument();
      const header = screen.getByRole('heading', { name: ERASED.fullName })
        .parentElement.parentElement;
      const buttons = within(header)
        .queryAllByRole('button')
        .map((b) => b.textContent);
      for (const refused of ['Edit', 'Merge', 'Restore', 'Request erasure']) {
        expect(
          buttons.some((b) => b.includes(refused)),
          refused,
        ).toBe(false);
      }
      for (const refused of ['编辑', '合并', '恢复', '申请删除']) {
        expect(
          buttons.some((b) => b.includes(refused)),
          refused,
        ).toBe(false);
      }
    },
  );

  it('shows the pending request in Chinese, its buttons within a phone screen', async () => {
    setViewport('phone');
    renderApp(PATH, {
      language: 'zh',
      handlers: detailHandlers({
        CustomerErasureRequest: () => erasureRequest(pendingRequest()),
      }),
    });

    expect(
      await screen.findByText(/^li.na 于 .* 申请删除个人信息$/),
    ).toBeInTheDocument();
    expect(screen.getByText('理由：反对处理 · 编号：DSR-2026-042')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '批准并删除' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '驳回' })).toBeInTheDocument();
  });

  it('downloads everything held on the customer as one file', async () => {
    const user = userEvent.setup();
    URL.createObjectURL = vi.fn(() => 'blob:subject');
    URL.revokeObjectURL = vi.fn();
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    const { graph } = renderApp(PATH, {
      handlers: detailHandlers({
        ExportCustomerData: () => ({
          data: {
            exportCustomerData: {
              __typename: 'ExportFile',
              fileName: 'subject-C000000001-20260301-100000.json',
              contentType: 'application/json',
              contentBase64: btoa('{"format": "cims.subject-export/1"}'),
              rowCount: 12,
            },
          },
        }),
      }),
    });

    await user.click(
      await screen.findByRole('button', { name: 'Export personal data' }),
    );

    // The toast comes after the file is built; a busy machine may take a while.
    expect(
      await screen.findByText('12 records exported', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(graph.callsOf('ExportCustomerData')[0].variables.input).toEqual({
      id: ZHANG.id,
    });
    expect(click).toHaveBeenCalledTimes(1);
    expect(URL.createObjectURL.mock.calls[0][0].type).toBe('application/json');
    click.mockRestore();
  });
});

describe('customer detail by role', () => {
  const actions = () => {
    const page = within(screen.getAllByRole('main').at(-1));
    return {
      edit: page.queryByRole('button', { name: 'Edit' }),
      archive: page.queryByRole('button', { name: 'Archive' }),
      audit: page.queryByRole('link', { name: 'Audit trail' }),
      log: page.queryByRole('button', { name: 'Log interaction' }),
      erase: page.queryByRole('button', { name: 'Request erasure' }),
    };
  };

  it.each([
    [
      'administrator',
      { edit: true, archive: true, audit: true, log: true, erase: true },
    ],
    [
      'relationship_manager',
      { edit: true, archive: true, audit: false, log: true, erase: false },
    ],
    ['teller', { edit: true, archive: false, audit: false, log: true, erase: false }],
    [
      'analyst',
      { edit: false, archive: false, audit: false, log: false, erase: false },
    ],
    [
      'compliance_auditor',
      { edit: false, archive: false, audit: true, log: false, erase: false },
    ],
  ])('a %s sees only the actions the role allows', async (role, expected) => {
    const { graph } = renderApp(PATH, { handlers: detailHandlers(), role });
    await screen.findByRole('heading', { name: '张伟' });
    if (expected.erase) {
      await expect.poll(() => graph.callsOf('CustomerErasureRequest').length).toBe(1);
    }

    const shown = Object.fromEntries(
      Object.entries(actions()).map(([name, element]) => [name, Boolean(element)]),
    );
    expect(shown).toEqual(expected);
    // Those who may not erase never ask for the pending request.
    if (!expected.erase)
      expect(graph.callsOf('CustomerErasureRequest')).toHaveLength(0);
  });

  it('links an auditor to this customer’s audit events', async () => {
    renderApp(PATH, { handlers: detailHandlers(), role: 'compliance_auditor' });

    await screen.findByRole('heading', { name: '张伟' });
    const link = within(screen.getAllByRole('main').at(-1)).getByRole('link', {
      name: 'Audit trail',
    });

    expect(link).toHaveAttribute(
      'href',
      `/audit?customer=${encodeURIComponent(ZHANG.id)}`,
    );
  });
});

describe('customer detail for a role that may not read every field', () => {
  it('asks a teller for no financial field or segment, and says what is withheld', async () => {
    const { graph } = renderApp(PATH, { handlers: detailHandlers(), role: 'teller' });
    await screen.findByRole('heading', { name: '张伟' });
    expect(graph.callsOf('Customer')[0].variables).toEqual({
      id: ZHANG.id,
      canReadPii: true,
      canReadFinancial: false,
    });
    expect(await screen.findAllByText('Not shown to your role')).toHaveLength(3);
    expect(graph.callsOf('CustomerAnalytics')).toHaveLength(0);
  });

  it('says so in Chinese too', async () => {
    renderApp(PATH, { handlers: detailHandlers(), role: 'teller', language: 'zh' });
    expect(await screen.findAllByText('您的角色无权查看')).toHaveLength(3);
  });

  it('shows the figures to a relationship manager', async () => {
    const { graph } = renderApp(PATH, {
      handlers: detailHandlers(),
      role: 'relationship_manager',
    });
    await screen.findByRole('heading', { name: '张伟' });
    expect(graph.callsOf('Customer')[0].variables.canReadFinancial).toBe(true);
    expect(screen.queryByText('Not shown to your role')).toBeNull();
  });
});
