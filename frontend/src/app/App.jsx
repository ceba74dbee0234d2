import { createBrowserRouter } from 'react-router';

import { AppRouter } from '@/app/AppRouter';
import { Providers } from '@/app/Providers';
import { routes } from '@/app/routes';

const router = createBrowserRouter(routes);

export function App({ client, i18n }) {
  return (
    <Providers client={client} i18n={i18n}>
      <AppRouter router={router} />
    </Providers>
  );
}
