import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { BRANCHES, customerConnection, customerListNode } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

const ZHANG = customerListNode();
const LI = customerListNode({
  id: 'Q3VzdG9tZXI6Mg==',
  customerNo: 'C000000002',
  fullName: '李娜',
  nameLatin: 'Li Na',
  status: 'DORMANT',
});

function listHandlers(connection = customerConnection([ZHANG, LI])) {
  return {
    Customers: () => ({ data: { customers: connection } }),
    Branches: () => ({ data: { branches: BRANCHES } }),
  };
}

describe('customer list', () => {
  it('shows each customer of the response as a row with its total', async () => {
    renderApp('/customers', { handlers: listHandlers() });

    const zhang = await screen.findByRole('link', { name: '张伟' });
    const row = zhang.closest('tr');
    expect(within(row).getByText('C000000001')).toBeInTheDocument();
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(within(row).getByText('Beijing Branch')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '李娜' })).toBeInTheDocument();
    expect(screen.getByText('2 customers')).toBeInTheDocument();
  });

  it('asks for current customers by name, 20 at a time, by default', async () => {
    const { graph } = renderApp('/customers', { handlers: listHandlers() });

    await screen.findByRole('link', { name: '张伟' });

    expect(graph.callsOf('Customers')[0].variables).toEqual({
      filter: { archived: false },
      orderBy: { field: 'NAME', direction: 'ASC' },
      first: 20,
      after: null,
    });
  });

  it('searches the text the user typed once they pause', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp('/customers', { handlers: listHandlers() });
    await screen.findByRole('link', { name: '张伟' });

    await user.type(screen.getByRole('searchbox', { name: 'Search customers' }), '张');

    await expect
      .poll(() => graph.callsOf('Customers').at(-1).variables.filter)
      .toEqual({ archived: false, text: '张' });
  });

  it('keeps a searched ID number out of the address, and Back brings it back', async () => {
    const user = userEvent.setup();
    const { graph, router } = renderApp('/customers', { handlers: listHandlers() });
    await screen.findByRole('link', { name: '张伟' });

    await user.type(
      screen.getByRole('searchbox', { name: 'Search customers' }),
      '110101199003078515',
    );
    await expect
      .poll(() => graph.callsOf('Customers').at(-1).variables.filter.text)
      .toBe('110101199003078515');
    await user.click(screen.getByRole('columnheader', { name: /Customer no\./ }));
    await expect.poll(() => router.state.location.search).toBe('?sort=CUSTOMER_NO');

    expect(router.state.location.state).toEqual({ q: '110101199003078515' });
    expect(router.state.location.search).not.toContain('110101');
    await router.navigate(-1);
    await expect.poll(() => router.state.location.search).toBe('');
    expect(router.state.location.state).toEqual({ q: '110101199003078515' });
    expect(screen.getByRole('searchbox', { name: 'Search customers' })).toHaveValue(
      '110101199003078515',
    );
  });

  it('moves the text of an old ?q= link out of the address', async () => {
    const { graph, router } = renderApp('/customers?q=13800138000&size=50', {
      handlers: listHandlers(),
    });

    await expect.poll(() => router.state.location.search).toBe('?size=50');
    expect(router.state.location.state).toEqual({ q: '13800138000' });
    await expect
      .poll(() => graph.callsOf('Customers').at(-1).variables.filter.text)
      .toBe('13800138000');
  });

  it('sorts by a column when its header is clicked', async () => {
    const user = userEvent.setup();
    const { graph, router } = renderApp('/customers', { handlers: listHandlers() });
    await screen.findByRole('link', { name: '张伟' });

    await user.click(screen.getByRole('columnheader', { name: /Customer no\./ }));

    await expect
      .poll(() => graph.callsOf('Customers').at(-1).variables.orderBy)
      .toEqual({ field: 'CUSTOMER_NO', direction: 'ASC' });
    expect(router.state.location.search).toBe('?sort=CUSTOMER_NO');
  });

  it('pages forward with after the last cursor and back with before the first', async () => {
    const user = userEvent.setup();
    const page = customerConnection([ZHANG, LI], { hasNextPage: true });
    const { graph } = renderApp('/customers', { handlers: listHandlers(page) });
    await screen.findByRole('link', { name: '张伟' });

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await expect
      .poll(() => graph.callsOf('Customers').at(-1).variables)
      .toMatchObject({ first: 20, after: 'c1' });
    await user.click(screen.getByRole('button', { name: 'Previous' }));

    await expect
      .poll(() => graph.callsOf('Customers').at(-1).variables)
      .toMatchObject({ last: 20, before: 'c0' });
  });

  it('says so when no customer matches', async () => {
    renderApp('/customers?q=nobody', {
      handlers: listHandlers(customerConnection([])),
    });

    expect(await screen.findByText('No customers match.')).toBeInTheDocument();
  });

  it('keeps a search text to 200 characters and says what to fix when refused', async () => {
    const user = userEvent.setup();
    const refused = {
      data: null,
      errors: [
        {
          message: 'Search text is at most 200 printable characters',
          extensions: { code: 'VALIDATION_FAILED' },
        },
      ],
    };
    renderApp('/customers', {
      handlers: {
        ...listHandlers(),
        Customers: ({ filter }) => (filter.text ? refused : listHandlers().Customers()),
      },
    });
    await screen.findByRole('link', { name: '张伟' });
    const box = screen.getByRole('searchbox', { name: 'Search customers' });
    expect(box).toHaveAttribute('maxlength', '200');

    await user.type(box, '张伟');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'at most 200 characters, without control characters',
    );
    expect(alert).not.toHaveTextContent('amounts');
  });

  it('shows the request ID of a failed request and no internals', async () => {
    renderApp('/customers', {
      handlers: {
        ...listHandlers(),
        Customers: () => ({
          data: null,
          errors: [
            {
              message: 'Unexpected error.',
              extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-7f3a' },
            },
          ],
        }),
      },
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server could not complete the request.');
    expect(alert).toHaveTextContent('req-7f3a');
    expect(alert).not.toHaveTextContent('Unexpected error');
  });

  it('tells a network failure apart from a server error', async () => {
    renderApp('/customers', {
      handlers: {
        ...listHandlers(),
        Customers: () => Promise.reject(new TypeError('Failed to fetch')),
      },
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server could not be reached.');
    expect(alert).not.toHaveTextContent('Failed to fetch');
  });

  it('shows cards, and filters folded behind a button, on a phone', async () => {
    const user = userEvent.setup();
    setViewport('phone');
    renderApp('/customers', { handlers: listHandlers() });
    await screen.findByRole('link', { name: '张伟' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Sort by' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Filters' }));

    expect(screen.getByRole('combobox', { name: 'Sort by' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filters' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});

describe('customer cards on a phone', () => {
  it('opens the customer from a tap anywhere on the card', async () => {
    const user = userEvent.setup();
    setViewport('phone');
    const { router } = renderApp('/customers', { handlers: listHandlers() });
    const card = await screen.findByRole('link', { name: '李娜' });
    expect(card).toHaveAccessibleDescription(
      /Dormant.*Li Na.*C000000002.*Beijing Branch/,
    );

    // One link holds the whole card (Latin name, number, branch), nothing else
    // inside it may be tapped or focused.
    expect(within(card).getByText('Li Na')).toBeInTheDocument();
    expect(within(card).getByText(/C000000002/)).toBeInTheDocument();
    expect(within(card).getByText('Beijing Branch')).toBeInTheDocument();
    expect(card.querySelectorAll('a, button, input, [tabindex]')).toHaveLength(0);

    await user.click(within(card).getByText('Beijing Branch'));
    expect(router.state.location.pathname).toBe(
      `/customers/${encodeURIComponent(LI.id)}`,
    );
  });

  it('opens the customer from the keyboard', async () => {
    const user = userEvent.setup();
    setViewport('phone');
    const { router } = renderApp('/customers', { handlers: listHandlers() });
    const card = await screen.findByRole('link', { name: '李娜' });

    card.focus();
    expect(card).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe(
      `/customers/${encodeURIComponent(LI.id)}`,
    );
  });
});

describe('customer list columns and completeness', () => {
  it('adds the completeness column and keeps the choice in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/customers', { handlers: listHandlers() });
    await screen.findByRole('link', { name: '张伟' });

    await user.click(screen.getByRole('combobox', { name: 'Columns' }));
    const options = await screen.findAllByText('Completeness');
    await user.click(options.at(-1));

    await expect
      .poll(() => screen.getAllByRole('columnheader').map((h) => h.textContent))
      .toContain('Completeness');
    expect(router.state.location.search).toBe(
      '?cols=NAME%2CCUSTOMER_NO%2CKIND%2CSTATUS%2CBRANCH%2CCOMPLETENESS%2CCREATED_AT' +
        '%2CUPDATED_AT',
    );
    const row = screen.getByRole('link', { name: '张伟' }).closest('tr');
    expect(within(row).getByText('65%')).toBeInTheDocument();
  });

  it('filters on incomplete records', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp('/customers', { handlers: listHandlers() });
    await screen.findByRole('link', { name: '张伟' });

    await user.click(screen.getByRole('combobox', { name: 'Completeness' }));
    const options = await screen.findAllByText('Record incomplete');
    await user.click(options.at(-1));

    await expect
      .poll(() => graph.callsOf('Customers').at(-1).variables.filter)
      .toEqual({ archived: false, complete: false });
  });

  it('filters on KYC status and keeps the choice in the URL', async () => {
    const user = userEvent.setup();
    const { graph, router } = renderApp('/customers', { handlers: listHandlers() });
    await screen.findByRole('link', { name: '张伟' });

    await user.click(screen.getByRole('combobox', { name: 'KYC status' }));
    const options = await screen.findAllByText('Expired');
    await user.click(options.at(-1));

    await expect
      .poll(() => graph.callsOf('Customers').at(-1).variables.filter)
      .toEqual({ archived: false, kycStatus: ['EXPIRED'] });
    expect(router.state.location.search).toBe('?kyc=EXPIRED');
  });

  it('offers the KYC status filter in Chinese, set from the URL', async () => {
    const { graph } = renderApp('/customers?kyc=PENDING', {
      handlers: listHandlers(),
      language: 'zh',
    });
    await screen.findByRole('link', { name: '张伟' });

    expect(screen.getByRole('combobox', { name: 'KYC 状态' })).toBeInTheDocument();
    expect(graph.callsOf('Customers')[0].variables.filter).toEqual({
      archived: false,
      kycStatus: ['PENDING'],
    });
  });
});

describe('customer list by role', () => {
  it.each([
    ['administrator', { create: true, export: true }],
    ['relationship_manager', { create: true, export: true }],
    ['teller', { create: true, export: false }],
    ['analyst', { create: false, export: false }],
    ['compliance_auditor', { create: false, export: false }],
  ])('a %s sees New customer and Export only when allowed', async (role, expected) => {
    renderApp('/customers', { handlers: listHandlers(), role });
    await screen.findByRole('link', { name: '张伟' });

    expect({
      create: Boolean(screen.queryByRole('button', { name: 'New customer' })),
      export: Boolean(screen.queryByRole('button', { name: /Export/ })),
    }).toEqual(expected);
  });

  it('lists in the menu only the screens the role may open', async () => {
    renderApp('/customers', { handlers: listHandlers(), role: 'teller' });
    await screen.findByRole('link', { name: '张伟' });

    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual(['Customers', 'KYC follow-up', 'Complaints']);
  });

  it('offers the branch filter to staff who see every branch only', async () => {
    renderApp('/customers', { handlers: listHandlers(), role: 'teller' });
    await screen.findByRole('link', { name: '张伟' });
    expect(screen.queryByRole('combobox', { name: 'Branch' })).not.toBeInTheDocument();
  });

  it('offers the branch filter to the administrator', async () => {
    renderApp('/customers', { handlers: listHandlers(), role: 'administrator' });
    await screen.findByRole('link', { name: '张伟' });
    expect(screen.getByRole('combobox', { name: 'Branch' })).toBeInTheDocument();
  });
});
