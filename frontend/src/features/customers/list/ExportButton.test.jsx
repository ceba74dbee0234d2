import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { BRANCHES, customerConnection, customerListNode, me } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

const FILE = {
  __typename: 'ExportFile',
  fileName: 'customers-20261204.csv',
  contentType: 'text/csv; charset=utf-8',
  contentBase64: btoa('customer_no\r\nC000000001\r\n'),
  rowCount: 1,
};
const LIMIT = 1000;

/** The server's plan: `rows` in clear unless masked (or `clear` false). */
function planOf(rows, { clear = true } = {}) {
  return ({ input }) => {
    const inClear = clear && !input.masked;
    return {
      data: {
        exportCustomersPlan: {
          rowCount:
            input.purpose === 'MARKETING_CAMPAIGN' ? Math.floor(rows / 2) : rows,
          personalDataInClear: inClear,
          clearRowLimit: LIMIT,
          maxRows: 200000,
          allowed: !inClear || rows <= LIMIT,
        },
      },
    };
  };
}

function handlers({ exported = FILE, plan = planOf(1), ...more } = {}) {
  return {
    Customers: () => ({
      data: { customers: customerConnection([customerListNode()]) },
    }),
    Branches: () => ({ data: { branches: BRANCHES } }),
    ExportCustomersPlan: plan,
    ExportCustomers:
      typeof exported === 'function'
        ? exported
        : () => ({
            data: { exportCustomers: exported },
          }),
    ...more,
  };
}

async function openDialog(user, options) {
  const app = renderApp('/customers', options);
  await screen.findByRole('link', { name: '张伟' });
  await user.click(screen.getByRole('button', { name: /Export…|导出…/ }));
  return { ...app, dialog: await screen.findByRole('dialog') };
}

async function choosePurpose(user, label, option) {
  await user.click(screen.getByRole('combobox', { name: label }));
  const options = await screen.findAllByText(option);
  await user.click(options.at(-1));
}

function downloadButton(dialog, name = 'Download') {
  return within(dialog).getByRole('button', { name });
}

describe('export dialog', () => {
  let click;
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('asks for a purpose, shows the row count, then exports and saves', async () => {
    const user = userEvent.setup();
    const { graph, dialog } = await openDialog(user, {
      handlers: handlers({ plan: planOf(3378, { clear: false }) }),
    });

    expect(await within(dialog).findByText('3378 customers will be exported.'));
    expect(downloadButton(dialog)).toBeDisabled();
    await choosePurpose(user, 'Purpose', 'Data quality review');
    await user.click(within(dialog).getByRole('radio', { name: 'Excel (.xlsx)' }));
    await user.click(downloadButton(dialog));

    await screen.findByText('1 customer exported');
    expect(graph.callsOf('ExportCustomers')[0].variables).toEqual({
      input: {
        filter: { archived: false },
        format: 'XLSX',
        purpose: 'DATA_QUALITY_REVIEW',
        masked: false,
      },
    });
    expect(graph.callsOf('ExportCustomersPlan').at(-1).variables.input).toEqual({
      filter: { archived: false },
      purpose: 'DATA_QUALITY_REVIEW',
      masked: false,
    });
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('takes a text with OTHER and sends it trimmed', async () => {
    const user = userEvent.setup();
    const { graph, dialog } = await openDialog(user, { handlers: handlers() });
    await within(dialog).findByText('1 customer will be exported.');

    await choosePurpose(user, 'Purpose', 'Other (say what for)');
    expect(downloadButton(dialog)).toBeDisabled();
    await user.type(
      within(dialog).getByLabelText('What the export is for'),
      '  Board pack  ',
    );
    await user.click(downloadButton(dialog));

    await screen.findByText('1 customer exported');
    const { input } = graph.callsOf('ExportCustomers')[0].variables;
    expect([input.purpose, input.purposeText]).toEqual(['OTHER', 'Board pack']);
  });

  it('says a campaign takes only consenting customers, and counts them', async () => {
    const user = userEvent.setup();
    const { dialog } = await openDialog(user, {
      handlers: handlers({ plan: planOf(40) }),
    });
    await within(dialog).findByText('40 customers will be exported.');

    await choosePurpose(user, 'Purpose', 'Marketing campaign');

    expect(
      await within(dialog).findByText(/Only customers whose marketing consent/),
    ).toBeInTheDocument();
    expect(await within(dialog).findByText('20 customers will be exported.'));
  });

  it('above the limit in clear explains it and offers masking', async () => {
    const user = userEvent.setup();
    const { graph, dialog } = await openDialog(user, {
      handlers: handlers({ plan: planOf(3378) }),
    });
    await choosePurpose(user, 'Purpose', 'Regulatory report');

    expect(
      await within(dialog).findByText(
        '3378 rows are more than the 1000 an export with personal data in clear may carry.',
      ),
    ).toBeInTheDocument();
    expect(downloadButton(dialog)).toBeDisabled();

    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Mask personal data' }),
    );
    await within(dialog).findByText(/Personal data masked: the limit of 1000 rows/);
    await user.click(downloadButton(dialog));

    await screen.findByText('1 customer exported');
    expect(graph.callsOf('ExportCustomers')[0].variables.input.masked).toBe(true);
  });

  it('shows the server refusing an export that grew over the limit', async () => {
    const user = userEvent.setup();
    const refused = {
      __typename: 'ExportTooLargeError',
      code: 'EXPORT_TOO_LARGE',
      message: 'An export with personal data in clear is limited to 1000 rows',
      rowCount: 1001,
      clearRowLimit: 1000,
    };
    const { dialog } = await openDialog(user, {
      handlers: handlers({ exported: refused }),
    });
    await choosePurpose(user, 'Purpose', 'Customer service');
    await user.click(downloadButton(dialog));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      '1001 rows are more than the 1000 an export with personal data in clear',
    );
    expect(alert).toHaveTextContent('Tick “Mask personal data”, or narrow the filter.');
    expect(click).not.toHaveBeenCalled();
  });

  it('tells which input the server refused', async () => {
    const user = userEvent.setup();
    const invalid = {
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      message: 'Invalid input',
      fields: [
        {
          field: 'purposeText',
          code: 'FORBIDDEN_CHARACTERS',
          message: 'Contains control or direction characters',
        },
      ],
    };
    const { dialog } = await openDialog(user, {
      handlers: handlers({ exported: invalid }),
    });
    await choosePurpose(user, 'Purpose', 'Other (say what for)');
    await user.type(within(dialog).getByLabelText('What the export is for'), 'x');
    await user.click(downloadButton(dialog));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The text holds control or direction characters: type it again.',
    );
  });

  it('says when the server cannot be reached', async () => {
    const user = userEvent.setup();
    const offline = () => {
      throw new TypeError('Failed to fetch');
    };
    const { dialog } = await openDialog(user, {
      handlers: handlers({ exported: offline }),
    });
    await choosePurpose(user, 'Purpose', 'Customer service');
    await user.click(downloadButton(dialog));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The server could not be reached.',
    );
    expect(click).not.toHaveBeenCalled();
  });

  it('says when the user may not export', async () => {
    const user = userEvent.setup();
    const denied = {
      __typename: 'PermissionDeniedError',
      code: 'FORBIDDEN',
      message: 'Permission customer.export is required',
      permission: 'customer.export',
    };
    const { dialog } = await openDialog(user, {
      handlers: handlers({ exported: denied }),
    });
    await choosePurpose(user, 'Purpose', 'Customer service');
    await user.click(downloadButton(dialog));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You are not allowed to do this.',
    );
  });

  it('tells a role without clear personal data that it comes masked', async () => {
    const user = userEvent.setup();
    const masking = me('relationship_manager');
    masking.permissions = masking.permissions.filter((p) => p !== 'customer.pii.read');
    const { dialog } = await openDialog(user, {
      handlers: handlers({
        plan: planOf(5000, { clear: false }),
        Me: () => ({ data: { me: masking } }),
      }),
    });

    expect(
      await within(dialog).findByText(/your role may not read it in clear/),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    expect(await within(dialog).findByText('5000 customers will be exported.'));
  });

  it('works on a phone, in Chinese', async () => {
    const user = userEvent.setup();
    setViewport('phone');
    const { graph, dialog } = await openDialog(user, {
      handlers: handlers({ plan: planOf(12) }),
      language: 'zh',
    });

    expect(await within(dialog).findByText('将导出 12 位客户。')).toBeInTheDocument();
    expect(within(dialog).getByText(/每次导出最多 1000 行/)).toBeInTheDocument();
    await choosePurpose(user, '导出用途', '客户服务');
    await user.click(downloadButton(dialog, '下载'));

    await screen.findByText('已导出 1 位客户');
    expect(graph.callsOf('ExportCustomers')[0].variables.input.purpose).toBe(
      'CUSTOMER_SERVICE',
    );
  });
});
