import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';

import { getAccessToken } from '@/lib/accessToken';
import { SIGN_IN_CODES } from '@/lib/auth';
import { POSSIBLE_TYPES } from '@/lib/possibleTypes';

export const GRAPHQL_PATH = '/graphql';

/** Adds the bearer token, when there is one, to every operation. */
export function createAuthLink(readToken = getAccessToken) {
  return new SetContextLink((prevContext) => {
    const token = readToken();
    if (!token) return {};
    return {
      headers: { ...prevContext.headers, authorization: `Bearer ${token}` },
    };
  });
}

/** Calls `onSignInNeeded` when the API refuses a request for want of a token. */
export function createSignInLink(onSignInNeeded) {
  return new ErrorLink(({ error }) => {
    const refused =
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => SIGN_IN_CODES.has(e.extensions?.code));
    if (refused) onSignInNeeded();
  });
}

function createCache() {
  return new InMemoryCache({
    possibleTypes: POSSIBLE_TYPES,
    typePolicies: {
      // "Load more" appends pages of a customer's transactions in the cache.
      Customer: { fields: { transactions: relayStylePagination() } },
    },
  });
}

/**
 * Builds the client. Tests pass their own `fetch` (a network-level mock) and
 * an absolute `uri`; the app uses the same origin as the page.
 */
export function createApolloClient({
  fetch,
  uri = GRAPHQL_PATH,
  onSignInNeeded = () => {},
} = {}) {
  const http = new HttpLink({ uri, fetch });
  return new ApolloClient({
    link: ApolloLink.from([createSignInLink(onSignInNeeded), createAuthLink(), http]),
    cache: createCache(),
  });
}
