import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/test/renderApp';

const EMPTY = {
  data: {
    complaints: {
      __typename: 'ComplaintConnection',
      totalCount: 0,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: [],
    },
  },
};

describe('complaint queues', () => {
  it.each([
    ['service_agent', true],
    ['teller', false],
  ])('as %s links the service dashboard: %s', async (role, shown) => {
    renderApp('/complaints', { handlers: { Complaints: () => EMPTY }, role });

    await screen.findByRole('heading', { name: 'Complaints' });
    // The page's own link, not the menu's: the inner of the layout's two mains.
    const page = screen.getAllByRole('main').at(-1);
    const link = within(page).queryByRole('link', { name: 'Service dashboard' });
    expect(link !== null).toBe(shown);
  });

  it.each([
    ['teller', true],
    ['relationship_manager', true],
    ['service_agent', true],
    ['compliance_auditor', false],
  ])('as %s shows "File a complaint": %s', async (role, shown) => {
    renderApp('/complaints', { handlers: { Complaints: () => EMPTY }, role });

    await screen.findByRole('heading', { name: 'Complaints' });
    const page = screen.getAllByRole('main').at(-1);
    const button = within(page).queryByRole('button', { name: /File a complaint/ });
    expect(button !== null).toBe(shown);
  });

  it.each([
    ['teller', 'FILED'],
    ['service_agent', 'MINE'],
  ])('as %s opens on the %s queue', async (role, queue) => {
    const { graph } = renderApp('/complaints', {
      handlers: { Complaints: () => EMPTY },
      role,
    });

    await screen.findByRole('heading', { name: 'Complaints' });
    await expect
      .poll(() => graph.callsOf('Complaints').at(-1)?.variables.queue)
      .toBe(queue);
  });
});
