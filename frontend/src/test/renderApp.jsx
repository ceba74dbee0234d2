import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';

import { AppRouter } from '@/app/AppRouter';
import { Providers } from '@/app/Providers';
import { routes } from '@/app/routes';
import { createApolloClient } from '@/lib/apolloClient';
import { createI18n } from '@/lib/i18n';
import { fakeGraphQL } from '@/test/fakeGraphQL';
import { fakeSubscriptions } from '@/test/fakeSubscriptions';
import { me } from '@/test/fixtures';

/**
 * Renders the whole app at `path`, talking to a fake graph, signed in as a
 * demo user of `role` (the administrator unless told). Returns the Testing
 * Library queries, the graph's call log, the router and `live`, which pushes
 * data to the page's subscriptions.
 */
export function renderApp(
  path,
  { handlers = {}, language = 'en', role = 'administrator' } = {},
) {
  const graph = fakeGraphQL({ Me: () => ({ data: { me: me(role) } }), ...handlers });
  const live = fakeSubscriptions();
  const client = createApolloClient({
    fetch: graph.fetch,
    uri: 'http://test/graphql',
    wsLink: live.link,
  });
  const i18n = createI18n({ language: language ?? undefined });
  const router = createMemoryRouter(routes, { initialEntries: [path] });

  const view = render(
    <Providers client={client} i18n={i18n}>
      <AppRouter router={router} />
    </Providers>,
  );
  return { ...view, graph, router, i18n, live };
}
