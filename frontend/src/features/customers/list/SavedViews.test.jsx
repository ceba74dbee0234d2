import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { BRANCHES, customerConnection, customerListNode, me } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

const DORMANT = {
  __typename: 'SavedView',
  id: 'U2F2ZWRWaWV3OjE=',
  name: 'Dormant card holders',
  filter: {
    __typename: 'SavedViewFilter',
    status: ['DORMANT'],
    kycStatus: [],
    kind: null,
    branchId: null,
    archived: false,
    segmentId: 'U2VnbWVudDox',
    complete: null,
  },
  orderBy: { __typename: 'SavedViewOrder', field: 'UPDATED_AT', direction: 'DESC' },
  columns: [],
  visibility: 'PRIVATE',
  owner: 'Demo administrator',
  mine: true,
};

/** A colleague's view shared with the team: only completeness and status shown. */
const TEAM_INCOMPLETE = {
  ...DORMANT,
  id: 'U2F2ZWRWaWV3Ojk=',
  name: 'Team: incomplete records',
  filter: { ...DORMANT.filter, status: [], segmentId: null, complete: false },
  orderBy: { __typename: 'SavedViewOrder', field: 'NAME', direction: 'ASC' },
  columns: ['NAME', 'COMPLETENESS', 'STATUS'],
  visibility: 'TEAM',
  owner: '李娜',
  mine: false,
};

const TEAM = { team: '零售一组' };

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
        columns: input.columns,
        visibility: input.visibility,
      };
      views = [...views, saved];
      return { data: { saveView: saved } };
    },
    UpdateSavedView: ({ input }) => {
      const [old] = views.filter((v) => v.id === input.id);
      const updated = { ...old, ...input };
      views = views.map((v) => (v.id === input.id ? updated : v));
      return { data: { updateSavedView: updated } };
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
      columns: [
        'NAME',
        'CUSTOMER_NO',
        'KIND',
        'STATUS',
        'BRANCH',
        'CREATED_AT',
        'UPDATED_AT',
      ],
      visibility: 'PRIVATE',
    });
    expect(
      await within(panel).findByRole('button', { name: 'Firms' }),
    ).toBeInTheDocument();
    expect(
      within(panel).getByRole('textbox', { name: 'Name of the view' }),
    ).toHaveValue('');
  });

  it('leaves the search text out of a view and says so', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp('/customers?status=ACTIVE', { handlers: handlers() });
    await screen.findByRole('link', { name: '张伟' });
    const box = screen.getByRole('searchbox', { name: 'Search customers' });
    await user.type(box, '11010519491231002X{Enter}');
    await expect
      .poll(() => graph.callsOf('Customers').at(-1).variables.filter.text)
      .toBe('11010519491231002X');
    const panel = await openViews(user);

    expect(
      within(panel).getByText(/search text is not saved with the view/),
    ).toBeInTheDocument();
    await user.type(
      within(panel).getByRole('textbox', { name: 'Name of the view' }),
      'Actives',
    );
    await user.click(within(panel).getByRole('button', { name: 'Save view' }));

    await expect.poll(() => graph.callsOf('SaveView').length).toBe(1);
    expect(graph.callsOf('SaveView')[0].variables.input.filter).toEqual({
      archived: false,
      status: ['ACTIVE'],
    });
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

  it('saves and reopens the KYC states of a view', async () => {
    const user = userEvent.setup();
    const expired = {
      ...DORMANT,
      id: 'U2F2ZWRWaWV3Ojc=',
      name: 'KYC expired',
      filter: {
        ...DORMANT.filter,
        status: [],
        segmentId: null,
        kycStatus: ['EXPIRED'],
      },
      orderBy: { __typename: 'SavedViewOrder', field: 'NAME', direction: 'ASC' },
    };
    const { graph, router } = renderApp('/customers?kyc=PENDING', {
      handlers: handlers([DORMANT, expired]),
    });
    const panel = await openViews(user);
    await user.type(
      within(panel).getByRole('textbox', { name: 'Name of the view' }),
      'KYC pending',
    );
    await user.click(within(panel).getByRole('button', { name: 'Save view' }));
    await expect.poll(() => graph.callsOf('SaveView').length).toBe(1);

    await user.click(within(panel).getByRole('button', { name: 'KYC expired' }));

    expect(graph.callsOf('SaveView')[0].variables.input.filter).toEqual({
      archived: false,
      kycStatus: ['PENDING'],
    });
    await expect
      .poll(() => graph.callsOf('Customers').at(-1).variables.filter)
      .toEqual({ archived: false, kycStatus: ['EXPIRED'] });
    expect(router.state.location.search).toBe('?kyc=EXPIRED');
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

  it('saves the current columns and shares the view with the team', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(
      '/customers?cols=NAME,COMPLETENESS&complete=incomplete',
      {
        handlers: {
          ...handlers(),
          Me: () => ({ data: { me: me('administrator', TEAM) } }),
        },
      },
    );
    const panel = await openViews(user);

    await user.type(
      within(panel).getByRole('textbox', { name: 'Name of the view' }),
      'To complete',
    );
    await user.click(
      within(panel).getByRole('checkbox', { name: 'Share with my team' }),
    );
    await user.click(within(panel).getByRole('button', { name: 'Save view' }));

    await expect.poll(() => graph.callsOf('SaveView').length).toBe(1);
    expect(graph.callsOf('SaveView')[0].variables.input).toMatchObject({
      filter: { archived: false, complete: false },
      columns: ['NAME', 'COMPLETENESS'],
      visibility: 'TEAM',
    });
    const saved = await within(panel).findByRole('button', { name: 'To complete' });
    expect(
      within(saved.closest('li')).getByText('Shared with your team'),
    ).toBeInTheDocument();
  });

  it('cannot share without a team, and says why', async () => {
    const user = userEvent.setup();
    renderApp('/customers', { handlers: handlers() });
    const panel = await openViews(user);

    expect(
      within(panel).getByRole('checkbox', { name: 'Share with my team' }),
    ).toBeDisabled();
    expect(
      within(panel).getByText('You belong to no team, so your views stay private.'),
    ).toBeInTheDocument();
  });

  it("lists a colleague's shared view read-only and opens its columns", async () => {
    const user = userEvent.setup();
    const { graph, router } = renderApp('/customers', {
      handlers: handlers([DORMANT, TEAM_INCOMPLETE]),
    });
    const panel = await openViews(user);
    const item = within(panel)
      .getByRole('button', { name: 'Team: incomplete records' })
      .closest('li');

    expect(within(item).getByText('Shared by 李娜')).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: /Delete view/ })).toBeNull();
    expect(within(item).queryByRole('button', { name: /Rename view/ })).toBeNull();
    await user.click(
      within(item).getByRole('button', { name: 'Team: incomplete records' }),
    );

    await expect
      .poll(() => graph.callsOf('Customers').at(-1).variables.filter)
      .toEqual({ archived: false, complete: false });
    expect(router.state.location.search).toBe(
      '?complete=incomplete&cols=NAME%2CCOMPLETENESS%2CSTATUS',
    );
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Name', 'Completeness', 'Status']);
    expect(await screen.findByText('65%')).toBeInTheDocument();
  });

  it('renames a view and shares it from the rename dialog', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp('/customers', {
      handlers: {
        ...handlers(),
        Me: () => ({ data: { me: me('administrator', TEAM) } }),
      },
    });
    const panel = await openViews(user);

    await user.click(
      within(panel).getByRole('button', { name: 'Rename view Dormant card holders' }),
    );
    // The popover and the dialog share a generated id here, so the dialog is
    // found by its role and checked by its title.
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Rename view')).toBeInTheDocument();
    const name = within(dialog).getByRole('textbox', { name: 'Name of the view' });
    await user.clear(name);
    await user.type(name, 'Dormant, shared');
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Share with my team' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await expect.poll(() => graph.callsOf('UpdateSavedView').length).toBe(1);
    expect(graph.callsOf('UpdateSavedView')[0].variables.input).toEqual({
      id: DORMANT.id,
      name: 'Dormant, shared',
      visibility: 'TEAM',
    });
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
  });

  it('shows who shared a view on a phone, in Chinese', async () => {
    const user = userEvent.setup();
    setViewport('phone');
    renderApp('/customers', {
      handlers: handlers([TEAM_INCOMPLETE]),
      language: 'zh',
    });
    await screen.findByText('张伟');
    await user.click(screen.getByRole('button', { name: '已存视图' }));
    const panel = await screen.findByRole('region', { name: '已存视图' });

    expect(within(panel).getByText('李娜 共享')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /删除视图/ })).toBeNull();
  });
});
