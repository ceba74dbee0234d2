import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { BRANCHES, customerConnection, customerListNode } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

const CARD_HOLDERS = 'U2VnbWVudDox';
const SEGMENTS = {
  __typename: 'SegmentConnection',
  edges: [
    {
      __typename: 'SegmentEdge',
      node: {
        __typename: 'Segment',
        id: CARD_HOLDERS,
        name: '信用卡客户',
        nameEn: 'Card holders',
        kind: 'LEARNED',
      },
    },
    {
      __typename: 'SegmentEdge',
      node: {
        __typename: 'Segment',
        id: 'U2VnbWVudDoy',
        name: '女性客户',
        nameEn: 'Women',
        kind: 'RULE',
      },
    },
  ],
};

const ZHANG = customerListNode();
const LI = customerListNode({
  id: 'Q3VzdG9tZXI6Mg==',
  customerNo: 'C000000002',
  fullName: '李娜',
  nameLatin: 'Li Na',
});

function handlers(extra = {}) {
  return {
    // Members of the card holders' segment: Zhang only.
    Customers: ({ filter }) => ({
      data: {
        customers: customerConnection(filter.segmentId ? [ZHANG] : [ZHANG, LI]),
      },
    }),
    Branches: () => ({ data: { branches: BRANCHES } }),
    SegmentOptions: () => ({ data: { segments: SEGMENTS } }),
    ...extra,
  };
}

async function pickSegment(user, name) {
  await user.click(screen.getByRole('combobox', { name: 'Segment' }));
  const options = await screen.findAllByText(name);
  await user.click(options.at(-1));
}

describe('segment filter of the customer list', () => {
  afterEach(() => vi.restoreAllMocks());

  it('narrows the list to the members and keeps the segment in the URL', async () => {
    const user = userEvent.setup();
    const { graph, router } = renderApp('/customers', { handlers: handlers() });
    await screen.findByRole('link', { name: '李娜' });

    await pickSegment(user, 'Card holders');

    await expect
      .poll(() => graph.callsOf('Customers').at(-1).variables.filter)
      .toEqual({ archived: false, segmentId: CARD_HOLDERS });
    await expect.poll(() => screen.queryByRole('link', { name: '李娜' })).toBeNull();
    expect(screen.getByRole('link', { name: '张伟' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(
      `?segment=${encodeURIComponent(CARD_HOLDERS)}`,
    );
  });

  it('reads the segment from a link and exports the same members', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    const file = {
      __typename: 'ExportFile',
      fileName: 'customers.csv',
      contentType: 'text/csv; charset=utf-8',
      contentBase64: btoa('customer_no\r\nC000000001\r\n'),
      rowCount: 1,
    };
    const { graph } = renderApp(
      `/customers?segment=${encodeURIComponent(CARD_HOLDERS)}`,
      {
        handlers: handlers({
          ExportCustomersPlan: () => ({
            data: {
              exportCustomersPlan: {
                rowCount: 1,
                personalDataInClear: true,
                clearRowLimit: 1000,
                maxRows: 200000,
                allowed: true,
              },
            },
          }),
          ExportCustomers: () => ({ data: { exportCustomers: file } }),
        }),
      },
    );
    await screen.findByRole('link', { name: '张伟' });
    expect(await screen.findByText('Card holders')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Export…/ }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('1 customer will be exported.');
    await user.click(within(dialog).getByRole('combobox', { name: 'Purpose' }));
    await user.click((await screen.findAllByText('Customer service')).at(-1));
    await user.click(within(dialog).getByRole('button', { name: 'Download' }));

    await expect
      .poll(() => graph.callsOf('ExportCustomers').at(-1)?.variables.input)
      .toEqual({
        filter: { archived: false, segmentId: CARD_HOLDERS },
        format: 'CSV',
        purpose: 'CUSTOMER_SERVICE',
        masked: false,
      });
    expect(graph.callsOf('ExportCustomersPlan').at(-1).variables.input.filter).toEqual({
      archived: false,
      segmentId: CARD_HOLDERS,
    });
  });

  it('is among the folded filters on a phone, and counts as one', async () => {
    const user = userEvent.setup();
    setViewport('phone');
    const { graph } = renderApp('/customers', { handlers: handlers() });
    await screen.findByRole('link', { name: '李娜' });
    await user.click(screen.getByRole('button', { name: 'Filters' }));

    await pickSegment(user, 'Women');

    await expect
      .poll(() => graph.callsOf('Customers').at(-1).variables.filter.segmentId)
      .toBe('U2VnbWVudDoy');
    expect(
      screen.getByRole('button', { name: 'Filters' }).closest('.ant-badge'),
    ).toHaveTextContent('1');
  });

  it('is left out for staff who may not read segments', async () => {
    renderApp('/customers', {
      handlers: handlers({
        SegmentOptions: () => ({
          data: { segments: null },
          errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }],
        }),
      }),
    });
    await screen.findByRole('link', { name: '李娜' });

    await expect
      .poll(() => screen.queryByRole('combobox', { name: 'Segment' }))
      .toBeNull();
    expect(screen.getByRole('combobox', { name: 'Branch' })).toBeInTheDocument();
  });
});
