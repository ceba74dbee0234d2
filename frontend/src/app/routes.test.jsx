import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/test/renderApp';

const TITLE = 'Your role may not use this screen.';

describe('screens a role may not use', () => {
  it.each([
    ['service_agent', '/risk/model', 'view credit assessments and alerts'],
    ['service_agent', '/segments', 'view segments and customer value'],
    ['service_agent', '/analytics', 'view dashboards and model figures'],
    ['core_banking', '/customers/Q3VzdG9tZXI6MQ==', 'view customers'],
  ])('tells a %s at %s what is missing and whom to ask', async (role, path, right) => {
    const { graph } = renderApp(path, { role });

    expect(await screen.findByText(TITLE)).toBeInTheDocument();
    expect(
      screen.getByText(`This screen needs the right to “${right}”`, { exact: false }),
    ).toHaveTextContent('ask your administrator');
    // Only `me` was asked: the screen's own query, bound to fail, is not sent.
    expect(graph.calls.map((c) => c.operationName)).toEqual(['Me']);
  });

  it('links the first screen the role may use, and none it may not', async () => {
    renderApp('/analytics', { role: 'service_agent' });

    const link = await screen.findByRole('link', { name: 'Go to Customers' });
    expect(link).toHaveAttribute('href', '/customers');
  });

  it('offers a role with no screen no link to one', async () => {
    renderApp('/customers', { role: 'core_banking', language: 'zh' });

    expect(await screen.findByText('您的角色无权使用此页面。')).toBeInTheDocument();
    expect(screen.getByText(/需要“查看客户”权限/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /前往/ })).toBeNull();
  });
});
