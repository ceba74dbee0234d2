import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/test/renderApp';

describe('landing', () => {
  it('tells a role with no screen what it can do', async () => {
    const { router } = renderApp('/', { role: 'core_banking' });

    expect(await screen.findByText('No screen here for your role')).toBeInTheDocument();
    expect(screen.queryByText('Your role may not use this screen.')).toBeNull();
    expect(router.state.location.pathname).toBe('/');
  });

  it('opens the first screen the role may use', async () => {
    const { router } = renderApp('/', { role: 'service_agent' });

    await expect.poll(() => router.state.location.pathname).toBe('/customers');
  });
});
