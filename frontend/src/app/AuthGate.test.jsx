import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { AuthGate, useAuth } from '@/app/AuthGate';
import { Providers } from '@/app/Providers';
import { createApolloClient } from '@/lib/apolloClient';
import { createI18n } from '@/lib/i18n';

function WhoAmI() {
  return <p>Signed in as {useAuth().name}</p>;
}

function renderGate(auth) {
  return render(
    <Providers client={createApolloClient()} i18n={createI18n({ language: 'en' })}>
      <AuthGate auth={auth}>
        <WhoAmI />
      </AuthGate>
    </Providers>,
  );
}

describe('AuthGate', () => {
  it('shows the app only once the user is signed in', async () => {
    let signedIn;
    const auth = { start: () => new Promise((resolve) => (signedIn = resolve)) };
    renderGate(auth);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.queryByText(/Signed in as/)).not.toBeInTheDocument();

    signedIn({ profile: { sub: '7', preferred_username: 'demo.teller' } });

    expect(await screen.findByText('Signed in as demo.teller')).toBeInTheDocument();
  });

  it.each([
    ['ACCOUNT_INACTIVE', 'Your staff account has been deactivated.'],
    ['RIGHTS_CHANGED', 'Your roles or branch have changed.'],
  ])('says why the session ended on %s and offers to sign in', async (code, text) => {
    const user = userEvent.setup();
    let end;
    const auth = {
      start: async () => ({ profile: { sub: '7', preferred_username: 'demo.teller' } }),
      onEnded: (listener) => {
        end = listener;
        return () => {};
      },
      signIn: vi.fn(async () => {}),
    };
    renderGate(auth);
    expect(await screen.findByText('Signed in as demo.teller')).toBeInTheDocument();

    act(() => end(code));

    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(screen.queryByText(/Signed in as/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(auth.signIn).toHaveBeenCalledTimes(1);
  });

  it('offers to try again when sign-in fails', async () => {
    const user = userEvent.setup();
    const auth = {
      start: () => Promise.reject(new Error('down')),
      signIn: vi.fn(async () => {}),
    };
    renderGate(auth);

    expect(await screen.findByText('Sign-in did not complete.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(auth.signIn).toHaveBeenCalledTimes(1);
  });
});
