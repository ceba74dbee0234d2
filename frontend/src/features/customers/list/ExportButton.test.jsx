import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { BRANCHES, customerConnection, customerListNode } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

const FILE = {
  __typename: 'ExportFile',
  fileName: 'customers-20261204.csv',
  contentType: 'text/csv; charset=utf-8',
  contentBase64: btoa('customer_no\r\nC000000001\r\n'),
  rowCount: 1,
};

function handlers(exportPayload) {
  return {
    Customers: () => ({
      data: { customers: customerConnection([customerListNode()]) },
    }),
    Branches: () => ({ data: { branches: BRANCHES } }),
    ExportCustomers: () => ({ data: { exportCustomers: exportPayload } }),
  };
}

describe('export button', () => {
  afterEach(() => vi.restoreAllMocks());

  it('exports what the list shows as CSV and saves the file', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    const user = userEvent.setup();
    const { graph } = renderApp('/customers', { handlers: handlers(FILE) });
    await screen.findByRole('link', { name: '张伟' });

    await user.click(screen.getByRole('button', { name: /Export CSV/ }));

    await screen.findByText('1 customer exported');
    expect(graph.callsOf('ExportCustomers')[0].variables).toEqual({
      input: { filter: { archived: false }, format: 'CSV' },
    });
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('says so when the user may not export', async () => {
    const user = userEvent.setup();
    const denied = {
      __typename: 'PermissionDeniedError',
      code: 'FORBIDDEN',
      message: 'Permission customer.export is required',
      permission: 'customer.export',
    };
    renderApp('/customers', { handlers: handlers(denied) });
    await screen.findByRole('link', { name: '张伟' });

    await user.click(screen.getByRole('button', { name: /Export CSV/ }));

    expect(await screen.findByText(/not allowed|permission/i)).toBeInTheDocument();
  });
});
