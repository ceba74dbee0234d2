import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

const ZHANG_ID = 'Q3VzdG9tZXI6MQ';

function event(n, overrides = {}) {
  return {
    __typename: 'AuditEvent',
    id: `QXVkaXRFdmVudDo${n}`,
    occurredAt: `2026-12-04T0${n}:00:00+00:00`,
    actor: '6f1c2d1e-1111-4a5b-9c8d-000000000001',
    actorName: 'demo.teller',
    action: 'customer.update',
    entity: 'Customer',
    entityId: '1',
    customerId: ZHANG_ID,
    customerNo: 'C1000000001',
    fields: ['occupation'],
    details: null,
    requestId: `req-000${n}`,
    clientAddress: '127.0.0.1',
    ...overrides,
  };
}

function page(events, { hasNextPage = false, totalCount = events.length } = {}) {
  return {
    data: {
      auditEvents: {
        __typename: 'AuditEventConnection',
        totalCount,
        pageInfo: {
          __typename: 'PageInfo',
          hasNextPage,
          endCursor: hasNextPage ? 'cursor-1' : null,
        },
        edges: events.map((node) => ({
          __typename: 'AuditEventEdge',
          cursor: `c-${node.id}`,
          node,
        })),
      },
    },
  };
}

const VERIFIED = {
  data: {
    auditVerification: {
      __typename: 'AuditVerdict',
      events: 42,
      intact: true,
      brokenAt: null,
      reason: null,
    },
  },
};

const FIRST = [
  event(3, { action: 'pii.read', fields: ['idNumber', 'mobilePhone'] }),
  event(2, {
    actor: 'svc-1a2b3c4d',
    actorName: 'nightly report',
    action: 'customer.archive',
  }),
];
const SECOND = [
  event(1, { action: 'customer.create', actor: 'system', actorName: 'system' }),
];

function handlers() {
  return {
    AuditVerification: () => VERIFIED,
    AuditEvents: ({ after }) =>
      after
        ? page(SECOND, { totalCount: 3 })
        : page(FIRST, { hasNextPage: true, totalCount: 3 }),
  };
}

describe('audit trail', () => {
  it('shows events newest first with the username beside the subject', async () => {
    renderApp('/audit', { handlers: handlers(), role: 'compliance_auditor' });

    const table = (await screen.findByRole('columnheader', { name: 'Actor' })).closest(
      'table',
    );
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[2].textContent)).toEqual([
      'Personal data viewed',
      'Customer archived',
    ]);
    expect(within(rows[0]).getByText('demo.teller')).toBeInTheDocument();
    expect(
      within(rows[0]).getByText('6f1c2d1e-1111-4a5b-9c8d-000000000001'),
    ).toBeInTheDocument();
    expect(within(rows[1]).getByText('nightly report')).toBeInTheDocument();
    // A customer is named by number and linked, never by its database ID.
    const customer = within(rows[0]).getByRole('link', { name: 'C1000000001' });
    expect(customer).toHaveAttribute('href', `/customers/${ZHANG_ID}`);
    expect(within(rows[0]).queryByText(/#1/)).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Hash chain intact: 42 events checked.',
    );
  });

  it('pages on and back with the cursor it was given', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp('/audit', {
      handlers: handlers(),
      role: 'compliance_auditor',
    });
    await screen.findByText('3 events · page 1');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('3 events · page 2');
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await screen.findByText('3 events · page 1');

    expect(graph.callsOf('AuditEvents').map((c) => c.variables.after ?? null)).toEqual([
      null,
      'cursor-1',
      null,
    ]);
    expect(graph.callsOf('AuditEvents')[0].variables.first).toBe(20);
  });

  it('filters by actor and action, and by the customer of a row', async () => {
    const user = userEvent.setup();
    const { graph, router } = renderApp('/audit', {
      handlers: handlers(),
      role: 'compliance_auditor',
    });
    await screen.findByText('3 events · page 1');

    await user.type(screen.getByLabelText('Actor'), 'demo.teller');
    await user.type(screen.getByRole('combobox', { name: 'Action' }), 'pii.read');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await expect
      .poll(() => graph.callsOf('AuditEvents').at(-1).variables.filter)
      .toEqual({ actor: 'demo.teller', action: 'pii.read' });

    // By label, not role: role queries over the whole page are slow.
    await user.click(screen.getAllByLabelText("Only this customer's events")[0]);
    await expect
      .poll(() => graph.callsOf('AuditEvents').at(-1).variables.filter)
      .toEqual({ actor: 'demo.teller', action: 'pii.read', customerId: ZHANG_ID });
    expect(router.state.location.search).toContain(`customer=${ZHANG_ID}`);
    expect(screen.getByText("One customer's events only")).toBeInTheDocument();
  });

  it('says when the chain is broken and where', async () => {
    renderApp('/audit', {
      role: 'compliance_auditor',
      handlers: {
        ...handlers(),
        AuditVerification: () => ({
          data: {
            auditVerification: {
              __typename: 'AuditVerdict',
              events: 42,
              intact: false,
              brokenAt: 'QXVkaXRFdmVudDoxNw',
              reason: 'hash mismatch',
            },
          },
        }),
      },
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Hash chain broken at event QXVkaXRFdmVudDoxNw');
    expect(alert).toHaveTextContent('hash mismatch');
  });

  it('shows events as cards on a phone', async () => {
    setViewport('phone');
    renderApp('/audit', { handlers: handlers(), role: 'compliance_auditor' });

    const card = await screen.findByRole('article', { name: 'Customer archived' });

    expect(within(card).getByText('nightly report')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('is neither listed nor open for a role without audit.read', async () => {
    const { graph } = renderApp('/audit', { handlers: handlers(), role: 'teller' });

    expect(
      await screen.findByText('Your role may not use this screen.'),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Audit trail' })).toBeNull();
    expect(graph.callsOf('AuditEvents')).toHaveLength(0);
  });

  it('is listed in the menu for an auditor', async () => {
    renderApp('/audit', { handlers: handlers(), role: 'compliance_auditor' });

    const nav = await screen.findByRole('navigation', { name: 'Main' });

    expect(within(nav).getByRole('link', { name: 'Audit trail' })).toHaveAttribute(
      'href',
      '/audit',
    );
  });

  it('words an erasure and a complaint step in Chinese, codes and all', async () => {
    const erased = event(5, {
      action: 'customer.erase',
      fields: ['full_name', 'Interaction.summary', 'ground:objection', 'request:3'],
      details: null,
    });
    const stepped = event(6, {
      action: 'complaint.transition',
      fields: ['status'],
      details: { complaint_event_id: 41, from: 'received', to: 'investigating' },
    });
    renderApp('/audit', {
      role: 'compliance_auditor',
      language: 'zh',
      handlers: { ...handlers(), AuditEvents: () => page([erased, stepped]) },
    });

    expect(await screen.findByText('删除申请 #3')).toBeInTheDocument();
    expect(screen.getByText('理由：反对处理')).toBeInTheDocument();
    expect(screen.getByText('交互记录 · 记录')).toBeInTheDocument();
    const details = screen.getByLabelText('操作内容');
    expect(details).toHaveTextContent('投诉处理记录编号: 41');
    expect(details).toHaveTextContent('原状态: 已受理');
    expect(details).toHaveTextContent('新状态: 调查中');
    expect(
      screen.queryByText(/request:3|ground:objection|complaint_event_id/),
    ).toBeNull();
  });

  it('details a merge: rows moved, rows deleted to be rebuilt, fields taken', async () => {
    const merged = event(4, {
      action: 'customer.merge',
      fields: ['mobile_phone', 'custom_attributes'],
      details: {
        merged_from: 7,
        moved: {
          account: { count: 2, ids: [11, 12] },
          transaction: { count: 12, ids: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
        },
        deleted_to_rebuild: { customer_value: { count: 1, ids: [5] } },
        relations_ended: [],
        segment_stays_closed: [9],
        taken_from_merged: ['mobile_phone'],
        replaced: [],
      },
    });
    renderApp('/audit', {
      role: 'compliance_auditor',
      handlers: { ...handlers(), AuditEvents: () => page([merged]) },
    });

    const details = await screen.findByLabelText('What the action did');

    expect(details).toHaveTextContent('Merged from customer: #7');
    expect(details).toHaveTextContent(
      'Moved to this customer: Accounts 2 rows (#11, #12) · Transactions 12 rows ' +
        '(#1, #2, #3, #4, #5, #6, #7, #8, #9, #10, …)',
    );
    expect(details).toHaveTextContent(
      'Deleted, to be rebuilt by the next analytics refresh: Customer value 1 row (#5)',
    );
    expect(details).toHaveTextContent(
      'Values taken from the merged customer: Mobile phone',
    );
    expect(details).toHaveTextContent('Segment stays closed: #9');
    expect(details).not.toHaveTextContent('Relations between the two ended');
  });

  it('details an export: purpose, rows, format, clear or masked, filter', async () => {
    const exported = event(5, {
      action: 'customer.export',
      entityId: null,
      customerId: null,
      customerNo: null,
      fields: ['customer_no', 'mobile_phone:masked'],
      details: {
        purpose: 'other',
        purpose_text: 'Board pack',
        format: 'xlsx',
        rows: 3378,
        personal: 'masked',
        clear_row_limit: 1000,
        filter: {
          archived: false,
          text: '[withheld]',
          statuses: ['active', 'dormant'],
        },
      },
    });
    renderApp('/audit', {
      role: 'compliance_auditor',
      handlers: { ...handlers(), AuditEvents: () => page([exported]) },
    });

    const details = await screen.findByLabelText('What the action did');

    expect(details).toHaveTextContent('Purpose: Other (say what for) — Board pack');
    expect(details).toHaveTextContent(
      'Exported: 3378 rows, XLSX, personal data masked (limit in clear 1000)',
    );
    expect(details).toHaveTextContent(
      'Filter: Archived customers: No, Search text: [withheld], Statuses: active / dormant',
    );
  });
});
