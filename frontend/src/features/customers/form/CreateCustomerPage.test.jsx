import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { BRANCHES, customer } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

const TWIN = customer({ id: 'Q3VzdG9tZXI6OQ==', customerNo: 'C000000009' });

const DUPLICATE = {
  __typename: 'DuplicateCustomerError',
  code: 'DUPLICATE_CUSTOMER',
  message: 'A likely duplicate exists',
  candidates: [
    {
      __typename: 'DuplicateCandidate',
      score: 0.93,
      reasons: ['same name', 'same birth date'],
      customer: TWIN,
    },
    {
      __typename: 'DuplicateCandidate',
      score: 0.8,
      reasons: ['same phone'],
      customer: null,
    },
  ],
};

async function fillRequired(user) {
  await user.type(await screen.findByLabelText('Name'), '张伟');
  await user.click(screen.getByRole('combobox', { name: 'Branch' }));
  await user.click(await screen.findByTitle('Beijing Branch'));
}

describe('create customer', () => {
  it('requires a name and a branch before asking the server', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp('/customers/new', {
      handlers: { Branches: () => ({ data: { branches: BRANCHES } }) },
    });
    await screen.findByLabelText('Name');

    await user.click(screen.getByRole('button', { name: 'Create customer' }));

    // Both messages, which may come in separate renders.
    await expect.poll(() => screen.queryAllByText('Required.').length).toBe(2);
    expect(graph.callsOf('CreateCustomer')).toHaveLength(0);
  });

  it('shows likely duplicates and creates anyway when the user confirms', async () => {
    const user = userEvent.setup();
    const { graph, router } = renderApp('/customers/new', {
      handlers: {
        Branches: () => ({ data: { branches: BRANCHES } }),
        CreateCustomer: ({ input }) => ({
          data: {
            createCustomer: input.confirmDuplicate
              ? customer({ id: 'bmV3' })
              : DUPLICATE,
          },
        }),
        Customer: () => ({ data: { customer: null } }),
        CustomerTransactions: () => ({ data: { customer: null } }),
      },
    });
    await fillRequired(user);

    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This customer may already exist.');
    expect(
      within(alert).getByRole('link', { name: '张伟 (C000000009)' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('93% alike · same name, same birth date');
    await user.click(within(alert).getByRole('button', { name: 'Create anyway' }));

    await expect.poll(() => router.state.location.pathname).toBe('/customers/bmV3');
    const [first, second] = graph
      .callsOf('CreateCustomer')
      .map((c) => c.variables.input);
    expect(first).toEqual({
      kind: 'INDIVIDUAL',
      fullName: '张伟',
      nationality: 'CN',
      currency: 'CNY',
      tags: [],
      branchId: BRANCHES[0].id,
    });
    expect(second).toEqual({ ...first, confirmDuplicate: true });
  });
});

describe('create customer: amounts and roles', () => {
  const handlers = (createCustomer) => ({
    Branches: () => ({ data: { branches: BRANCHES } }),
    ...(createCustomer && { CreateCustomer: createCustomer }),
  });

  it('names each amount mistake beside its field, and takes grouping commas', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp('/customers/new', {
      handlers: {
        ...handlers(() => ({ data: { createCustomer: customer({ id: 'bmV3' }) } })),
        Customer: () => ({ data: { customer: null } }),
        CustomerTransactions: () => ({ data: { customer: null } }),
      },
    });
    await fillRequired(user);
    const income = screen.getByLabelText('Annual income');
    const create = screen.getByRole('button', { name: 'Create customer' });

    await user.type(income, '-50');
    await user.click(create);
    expect(
      await screen.findByText('An amount cannot be negative.'),
    ).toBeInTheDocument();
    await user.clear(income);
    await user.type(income, '1.234');
    await user.click(create);
    expect(
      await screen.findByText('CNY amounts take at most 2 decimals.'),
    ).toBeInTheDocument();
    expect(graph.callsOf('CreateCustomer')).toHaveLength(0);
    await user.clear(income);
    await user.type(income, '12,000');
    await user.click(create);

    await expect.poll(() => graph.callsOf('CreateCustomer').length).toBe(1);
    expect(graph.callsOf('CreateCustomer')[0].variables.input.annualIncome).toBe(
      '12000',
    );
  });

  it('shows a value the server could not take at its field, not as a support case', async () => {
    const user = userEvent.setup();
    renderApp('/customers/new', {
      handlers: handlers(() => ({
        data: null,
        errors: [
          {
            message: "Variable '$input' has an invalid value at annualIncome.",
            extensions: {
              code: 'BAD_USER_INPUT',
              requestId: 'req-0001',
              field: 'annualIncome',
            },
          },
        ],
      })),
    });
    await fillRequired(user);

    await user.type(screen.getByLabelText('Annual income'), '12000');
    await user.click(screen.getByRole('button', { name: 'Create customer' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Part of what was entered is not in the expected form.',
    );
    expect(alert).not.toHaveTextContent('req-0001');
    expect(
      screen.getByText('Enter an amount such as 12,000 or 12000.50.'),
    ).toBeInTheDocument();
  });

  it('tells a role that may not create customers so, with no form', async () => {
    const { graph } = renderApp('/customers/new', {
      handlers: handlers(),
      role: 'analyst',
    });

    expect(
      await screen.findByText('Your role may not use this screen.'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Name')).not.toBeInTheDocument();
    expect(graph.callsOf('Branches')).toHaveLength(0);
  });

  it('offers branch staff their own branch only, chosen for them', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp('/customers/new', {
      handlers: {
        Branches: () => ({ data: { branches: BRANCHES } }),
        CreateCustomer: () => ({ data: { createCustomer: customer({ id: 'bmV3' }) } }),
      },
      role: 'teller',
    });
    await user.type(await screen.findByLabelText('Name'), '张伟');
    const branch = screen.getByRole('combobox', { name: 'Branch' });
    expect(branch.closest('.ant-select')).toHaveTextContent('Beijing Branch');

    await user.click(branch);
    expect(
      await screen.findByRole('option', { name: 'Beijing Branch' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('option', { name: 'Shanghai Branch' }),
    ).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    await vi.waitFor(() => expect(graph.callsOf('CreateCustomer')).toHaveLength(1));
    expect(graph.callsOf('CreateCustomer')[0].variables.input.branchId).toBe(
      BRANCHES[0].id,
    );
  });
});
