import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { BRANCHES, customerConnection, customerListNode } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

const DORMANT = {
  __typename: 'SavedView',
  id: 'U2F2ZWRWaWV3OjE=',
  name: 'Dormant card holders',
  filter: {
    __typename: 'SavedViewFilter',
    text: null,
    status: ['DORMANT'],
    kind: null,
    branchId: null,
    archived: false,
    segmentId: 'U2VnbWVudDox',
  },
  orderBy: { __typename: 'SavedViewOrder', field: 'UPDATED_AT', direction: 'DESC' },
};

const connection = (views) => ({
  __typename: 'SavedViewConnection',
  edges: views.map((node) => ({ __typename: 'SavedViewEdge', node })),
});

/** A fake graph that keeps saved views the way the server does. */
function handlers(initial = [DORMANT]) {
  let views = [...initial];
  return {
    Customers: () => ({
      data: { customers: customerConnection([customerListNode()]) },
    }),
    Branches: () => ({ data: { branches: BRANCHES } }),
    SavedViews: () => ({ data: { savedViews: connection(views) } }),
    SaveView: ({ input }) => {
      if (views.some((v) => v.name === input.name)) {
        return {
          data: {
            saveView: {
              __typename: 'ValidationError',
              code: 'VALIDATION_FAILED',
              message: 'Invalid input: name',
              fields: [
                {
                  __typename: 'FieldError',
                  field: 'name',
                  code: 'NAME_TAKEN',
                  message: 'You already have a view by this name',
                },
              ],
            },
          },
        };
      }
      const saved = {
        ...DORMANT,
        id: `U2F2ZWRWaWV3Oj${views.length + 2}`,
        name: input.name,
        filter: { ...DORMANT.filter, ...input.filter },
        orderBy: { ...DORMANT.orderBy, ...input.orderBy },
      };
      views = [...views, saved];
      return { data: { saveView: saved } };
    },
    DeleteSavedView: ({ input }) => {
      views = views.filter((v) => v.id !== input.id);
      return {
        data: { deleteSavedView: { __typename: 'DeletedSavedView', id: input.id } },
      };
    },
  };
}

async function openViews(user) {
  await screen.findByRole('link', { name: '张伟' });
  await user.click(screen.getByRole('button', { name: 'Saved views' }));
  return screen.findByRole('region', { name: 'Saved views' });
}

describe('saved views of the customer list', () => {
  it('saves the current filters and sort under a name', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(
      '/customers?status=ACTIVE&kind=CORPORATE&sort=CUSTOMER_NO&dir=DESC',
      { handlers: handlers() },
    );
    const panel = await openViews(user);

    await user.type(
      within(panel).getByRole('textbox', { name: 'Name of the view' }),
      'Firms',
    );
    await user.click(within(panel).getByRole('button', { name: 'Save view' }));

    await expect.poll(() => graph.callsOf('SaveView').length).toBe(1);
    expect(graph.callsOf('SaveView')[0].variables.input).toEqual({
      name: 'Firms',
      filter: { archived: false, status: ['ACTIVE'], kind: 'CORPORATE' },
      orderBy: { field: 'CUSTOMER_NO', direction: 'DESC' },
    });
    expect(
      await within(panel).findByRole('button', { name: 'Firms' }),
    ).toBeInTheDocument();
    expect(
      within(panel).getByRole('textbox', { name: 'Name of the view' }),
    ).toHaveValue('');
  });

  it('reopens a view: its filters and sort go to the URL and the query', async () => {
    const user = userEvent.setup();
    const { graph, router } = renderApp('/customers?q=wang', { handlers: handlers() });
    const panel = await openViews(user);

    await user.click(
      within(panel).getByRole('button', { name: 'Dormant card holders' }),
    );

    await expect
      .poll(() => graph.callsOf('Customers').at(-1).variables)
      .toMatchObject({
        filter: { archived: false, status: ['DORMANT'], segmentId: 'U2VnbWVudDox' },
        orderBy: { field: 'UPDATED_AT', direction: 'DESC' },
      });
    expect(router.state.location.search).toBe(
      '?status=DORMANT&segment=U2VnbWVudDox&sort=UPDATED_AT&dir=DESC',
    );
  });

  it('tells the user a name is taken and keeps what they typed', async () => {
    const user = userEvent.setup();
    renderApp('/customers', { handlers: handlers() });
    const panel = await openViews(user);

    await user.type(
      within(panel).getByRole('textbox', { name: 'Name of the view' }),
      'Dormant card holders',
    );
    await user.click(within(panel).getByRole('button', { name: 'Save view' }));

    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'You already have a view by this name.',
    );
    expect(
      within(panel).getByRole('textbox', { name: 'Name of the view' }),
    ).toHaveValue('Dormant card holders');
    expect(within(panel).getAllByRole('listitem')).toHaveLength(1);
  });

  it('deletes a view on a phone', async () => {
    const user = userEvent.setup();
    setViewport('phone');
    const { graph } = renderApp('/customers', { handlers: handlers() });
    const panel = await openViews(user);

    await user.click(
      within(panel).getByRole('button', { name: 'Delete view Dormant card holders' }),
    );

    await expect
      .poll(() => within(panel).queryByText('No saved views yet.'))
      .not.toBeNull();
    expect(graph.callsOf('DeleteSavedView')[0].variables).toEqual({
      input: { id: DORMANT.id },
    });
  });
});
