import { useState } from 'react';
import { createBrowserRouter } from 'react-router';

import { AppRouter } from '@/app/AppRouter';
import { AuthGate } from '@/app/AuthGate';
import { Providers } from '@/app/Providers';
import { routes } from '@/app/routes';

// Made once signed in: by then the address bar holds the page to show, not
// the provider's callback with its one-use code.
function BrowserRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <AppRouter router={router} />;
}

export function App({ client, auth, i18n }) {
  return (
    <Providers client={client} i18n={i18n}>
      <AuthGate auth={auth}>
        <BrowserRouter />
      </AuthGate>
    </Providers>
  );
}
