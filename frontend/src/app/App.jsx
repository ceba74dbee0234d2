import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';

import { Providers } from '@/app/Providers';
import { routes } from '@/app/routes';

const router = createBrowserRouter(routes);

export function App({ client, i18n }) {
  return (
    <Providers client={client} i18n={i18n}>
      <RouterProvider router={router} />
    </Providers>
  );
}
