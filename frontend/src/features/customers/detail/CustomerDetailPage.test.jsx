import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

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

  it('erases only after a ground is chosen and the number typed', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(PATH, {
      handlers: detailHandlers({
        EraseCustomer: () => ({
          data: {
            eraseCustomer: {
              __typename: 'Customer',
              id: ZHANG.id,
              fullName: 'ERASED-1A2B3C4D',
              version: 4,
              status: 'CLOSED',
              archivedAt: '2026-03-01T10:00:00Z',
              erasedAt: '2026-03-01T10:00:00Z',
              updatedAt: '2026-03-01T10:00:00Z',
            },
          },
        }),
      }),
    });
    await user.click(
      await screen.findByRole('button', { name: 'Erase personal data' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: "Erase this customer's personal data?",
    });
    const erase = within(dialog).getByRole('button', { name: 'Erase personal data' });
    expect(erase).toBeDisabled();

    await user.click(within(dialog).getByLabelText('Ground of the request'));
    await user.click(await screen.findByTitle('Objection to processing'));
    await user.type(
      within(dialog).getByLabelText('Type the customer number C000000001 to confirm'),
      'c000000001',
    );
    await user.click(erase);

    expect(await screen.findByText(/^Personal data erased on /)).toBeInTheDocument();
    expect(graph.callsOf('EraseCustomer')[0].variables.input).toEqual({
      id: ZHANG.id,
      version: 3,
      ground: 'OBJECTION',
    });
  });

  it('lists the holds when the data must be kept', async () => {
    const user = userEvent.setup();
    renderApp(PATH, {
      handlers: detailHandlers({
        EraseCustomer: () => ({
          data: {
            eraseCustomer: {
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
            },
          },
        }),
      }),
    });
    await user.click(
      await screen.findByRole('button', { name: 'Erase personal data' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Ground of the request'));
    await user.click(await screen.findByTitle('Consent withdrawn'));
    await user.type(
      within(dialog).getByLabelText(/^Type the customer number/),
      'C000000001',
    );

    await user.click(
      within(dialog).getByRole('button', { name: 'Erase personal data' }),
    );

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The personal data must be kept for now.');
    expect(alert).toHaveTextContent('2 accounts are still open');
    expect(alert).toHaveTextContent(/Records must be kept until .*2031/);
    expect(screen.queryByText(/^Personal data erased on /)).not.toBeInTheDocument();
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
    };
  };

  it.each([
    ['administrator', { edit: true, archive: true, audit: true, log: true }],
    ['relationship_manager', { edit: true, archive: true, audit: false, log: true }],
    ['teller', { edit: true, archive: false, audit: false, log: true }],
    ['analyst', { edit: false, archive: false, audit: false, log: false }],
    ['compliance_auditor', { edit: false, archive: false, audit: true, log: false }],
  ])('a %s sees only the actions the role allows', async (role, expected) => {
    renderApp(PATH, { handlers: detailHandlers(), role });
    await screen.findByRole('heading', { name: '张伟' });

    const shown = Object.fromEntries(
      Object.entries(actions()).map(([name, element]) => [name, Boolean(element)]),
    );
    expect(shown).toEqual(expected);
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
