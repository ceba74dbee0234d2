import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

const FIRST_ID = 'RXJhc3VyZVJlcXVlc3Q6Nw==';
const OWN_ID = 'RXJhc3VyZVJlcXVlc3Q6OA==';

function request(overrides = {}) {
  return {
    __typename: 'ErasureRequest',
    id: FIRST_ID,
    status: 'PENDING',
    ground: 'OBJECTION',
    reference: 'DSR-2026-042',
    requestedBy: 'subject-of-li-na',
    requestedByName: 'li.na',
    requestedAt: '2026-03-01T09:00:00Z',
    requestedByYou: false,
    customer: {
      __typename: 'Customer',
      id: 'Q3VzdG9tZXI6MQ==',
      customerNo: 'C000000001',
    },
    ...overrides,
  };
}

function own() {
  return request({
    id: OWN_ID,
    ground: 'WITHDRAWN_CONSENT',
    reference: 'DSR-2026-043',
    requestedBy: 'subject-of-me',
    requestedByName: 'demo.administrator',
    requestedAt: '2026-03-02T09:00:00Z',
    requestedByYou: true,
    customer: {
      __typename: 'Customer',
      id: 'Q3VzdG9tZXI6Mg==',
      customerNo: 'C000000002',
    },
  });
}

function page(nodes, { hasNextPage = false, totalCount = nodes.length } = {}) {
  return {
    data: {
      erasureRequests: {
        __typename: 'ErasureRequestConnection',
        totalCount,
        pageInfo: {
          __typename: 'PageInfo',
          hasNextPage,
          endCursor: nodes.length ? `cursor-${nodes.at(-1).id}` : null,
        },
        edges: nodes.map((node) => ({
          __typename: 'ErasureRequestEdge',
          cursor: `cursor-${node.id}`,
          node,
        })),
      },
    },
  };
}

const HELD = {
  __typename: 'ErasureHeldError',
  code: 'ERASURE_HELD',
  message: 'The personal data must be kept for now',
  holds: [
    {
      __typename: 'ErasureHold',
      code: 'RETENTION_PERIOD',
      message: 'Records are kept',
      count: null,
      until: '2031-06-30',
    },
  ],
};

describe('erasure queue', () => {
  it('lists pending requests without personal data, and no approval of your own', async () => {
    const { graph } = renderApp('/erasure', {
      handlers: { ErasureQueue: () => page([request(), own()]) },
    });

    const rows = await screen.findAllByRole('row');
    expect(rows).toHaveLength(3); // the header and two requests
    const theirs = within(rows[1]);
    expect(
      theirs.getByRole('link', { name: 'Open customer C000000001' }),
    ).toHaveAttribute('href', '/customers/Q3VzdG9tZXI6MQ%3D%3D');
    expect(theirs.getByText('li.na')).toBeInTheDocument();
    expect(theirs.getByText('Objection to processing')).toBeInTheDocument();
    expect(
      theirs.getByRole('button', { name: 'Approve and erase' }),
    ).toBeInTheDocument();
    expect(theirs.getByRole('button', { name: 'Reject' })).toBeInTheDocument();
    const mine = within(rows[2]);
    expect(mine.getByText('Your request')).toBeInTheDocument();
    expect(mine.queryByRole('button', { name: 'Approve and erase' })).toBeNull();
    expect(mine.getByRole('button', { name: 'Withdraw' })).toBeInTheDocument();
    expect(screen.getByText(/2 pending requests · oldest first/)).toBeInTheDocument();
    // The query asks for the customer's number only, never a name or contact.
    const sent = graph.callsOf('ErasureQueue')[0];
    expect(sent.variables).toEqual({ first: 50 });
    expect(sent.query).not.toMatch(/fullName|mobilePhone|idNumber|email/);
  });

  it('is in the menu of a role that may erase, and of no other', async () => {
    renderApp('/erasure', { handlers: { ErasureQueue: () => page([]) } });
    const menu = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      within(menu).getByRole('link', { name: 'Erasure requests' }),
    ).toHaveAttribute('href', '/erasure');
  });

  it('turns away a role that may not erase, asking the graph nothing', async () => {
    const { graph } = renderApp('/erasure', { role: 'compliance_auditor' });

    expect(
      await screen.findByText('Your role may not use this screen.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Erasure requests' })).toBeNull();
    expect(graph.callsOf('ErasureQueue')).toHaveLength(0);
  });

  it('approves after the number is typed, and the request leaves the queue', async () => {
    const user = userEvent.setup();
    let approved = false;
    const { graph } = renderApp('/erasure', {
      handlers: {
        ErasureQueue: () => page(approved ? [own()] : [request(), own()]),
        ApproveErasureRequest: () => {
          approved = true;
          return { data: { approveErasureRequest: request({ status: 'APPROVED' }) } };
        },
      },
    });

    const row = within((await screen.findAllByRole('row'))[1]);
    await user.click(row.getByRole('button', { name: 'Approve and erase' }));
    const dialog = await screen.findByRole('dialog', {
      name: "Erase this customer's personal data?",
    });
    expect(
      within(dialog).getByText(/^The personal data of customer C000000001 will be/),
    ).toBeInTheDocument();
    const approve = within(dialog).getByRole('button', { name: 'Approve and erase' });
    expect(approve).toBeDisabled();
    await user.type(
      within(dialog).getByLabelText('Type the customer number C000000001 to confirm'),
      'c000000001',
    );
    await user.click(approve);

    expect(await screen.findByText('Personal data erased.')).toBeInTheDocument();
    expect(graph.callsOf('ApproveErasureRequest')[0].variables.input).toEqual({
      id: FIRST_ID,
    });
    await expect.poll(() => screen.queryByText('li.na')).toBeNull();
    expect(screen.getByText(/1 pending request · oldest first/)).toBeInTheDocument();
  });

  it('shows the retention holds in the dialog, and the request stays', async () => {
    const user = userEvent.setup();
    renderApp('/erasure', {
      handlers: {
        ErasureQueue: () => page([request()]),
        ApproveErasureRequest: () => ({ data: { approveErasureRequest: HELD } }),
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Approve and erase' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(
      dialog.getByLabelText('Type the customer number C000000001 to confirm'),
      'C000000001',
    );
    await user.click(dialog.getByRole('button', { name: 'Approve and erase' }));

    expect(
      await dialog.findByText('The personal data must be kept for now.'),
    ).toBeInTheDocument();
    expect(dialog.getByText(/^Records must be kept until /)).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getAllByText('li.na').length).toBeGreaterThan(0);
  });

  it('says so when a colleague decided the request first, and lists again', async () => {
    const user = userEvent.setup();
    let decided = false;
    const { graph } = renderApp('/erasure', {
      handlers: {
        ErasureQueue: () => page(decided ? [] : [request()]),
        RejectErasureRequest: () => {
          decided = true;
          return {
            data: {
              rejectErasureRequest: {
                __typename: 'RefusedError',
                code: 'ALREADY_DECIDED',
                message: 'This erasure request is decided already',
              },
            },
          };
        },
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Reject' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(dialog.getByLabelText('Reason'), 'Loan in dispute');
    await user.click(dialog.getByRole('button', { name: 'Reject' }));

    expect(
      await screen.findByText(/That request was decided or withdrawn meanwhile/),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No erasure request is waiting for approval.'),
    ).toBeInTheDocument();
    expect(graph.callsOf('RejectErasureRequest')[0].variables.input).toEqual({
      id: FIRST_ID,
      reason: 'Loan in dispute',
    });
  });

  it('offers to try again when the list cannot be loaded', async () => {
    const user = userEvent.setup();
    let broken = true;
    renderApp('/erasure', {
      handlers: {
        ErasureQueue: () =>
          broken
            ? { errors: [{ message: 'down', extensions: { code: 'INTERNAL' } }] }
            : page([request()]),
      },
    });

    const retry = await screen.findByRole('button', { name: 'Try again' });
    broken = false;
    await user.click(retry);

    expect(await screen.findByText('li.na')).toBeInTheDocument();
  });

  it('loads the next page after the last request', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp('/erasure', {
      handlers: {
        ErasureQueue: (v) =>
          v.after
            ? page([own()], { totalCount: 2 })
            : page([request()], { hasNextPage: true, totalCount: 2 }),
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Your request')).toBeInTheDocument();
    expect(screen.getByText('li.na')).toBeInTheDocument();
    expect(graph.callsOf('ErasureQueue')[1].variables.after).toBe(`cursor-${FIRST_ID}`);
  });

  it('shows requests as cards on a phone, in Chinese', async () => {
    setViewport('phone');
    renderApp('/erasure', {
      handlers: { ErasureQueue: () => page([request(), own()]) },
      language: 'zh',
    });

    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = within(items[0]);
    expect(first.getByText('C000000001')).toBeInTheDocument();
    expect(first.getByText(/反对处理 · DSR-2026-042/)).toBeInTheDocument();
    expect(first.getByRole('button', { name: '批准并删除' })).toBeInTheDocument();
    expect(within(items[1]).queryByRole('button', { name: '批准并删除' })).toBeNull();
    expect(within(items[1]).getByRole('button', { name: '撤回' })).toBeInTheDocument();
    expect(screen.getByText('待审批的删除申请')).toBeInTheDocument();
  });

  it('says when nothing waits', async () => {
    renderApp('/erasure', { handlers: { ErasureQueue: () => page([]) } });
    expect(
      await screen.findByText('No erasure request is waiting for approval.'),
    ).toBeInTheDocument();
  });
});
