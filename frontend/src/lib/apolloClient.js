import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { from, switchMap, throwError } from 'rxjs';

import { getAccessToken } from '@/lib/accessToken';
import { ACCOUNT_CHANGED_CODES, SIGN_IN_CODES } from '@/lib/auth';
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

/** The error codes of a refused request: GraphQL errors, or a 401's body. */
function refusalCodes(error) {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => e.extensions?.code);
  }
  if (ServerError.is(error) && error.statusCode === 401) {
    try {
      const body = JSON.parse(error.bodyText);
      return (body?.errors ?? []).map((e) => e?.extensions?.code);
    } catch {
      return [];
    }
  }
  return [];
}

/**
 * Calls `onSignInNeeded` when the API refuses a request for want of a token
 * (401 UNAUTHENTICATED / TOKEN_INVALID), and `onAccountChanged(code)` when it
 * refuses a token whose staff account was deactivated or changed rights (401
 * ACCOUNT_INACTIVE / RIGHTS_CHANGED). An expired token (401 TOKEN_EXPIRED) is
 * renewed by `onTokenExpired`, which resolves to whether it got a new token;
 * the request is then sent again, once.
 */
export function createSignInLink(
  onSignInNeeded,
  onAccountChanged = onSignInNeeded,
  onTokenExpired = async () => {
    onSignInNeeded();
    return false;
  },
) {
  return new ErrorLink(({ error, operation, forward }) => {
    const codes = refusalCodes(error);
    const changed = codes.find((code) => ACCOUNT_CHANGED_CODES.has(code));
    if (changed) {
      onAccountChanged(changed);
    } else if (codes.includes('TOKEN_EXPIRED') && !operation.getContext().renewed) {
      operation.setContext({ renewed: true });
      return from(Promise.resolve(onTokenExpired())).pipe(
        switchMap((renewed) =>
          renewed ? forward(operation) : throwError(() => error),
        ),
      );
    } else if (codes.some((code) => SIGN_IN_CODES.has(code))) {
      onSignInNeeded();
    }
    return undefined;
  });
}

function createCache() {
  return new InMemoryCache({
    possibleTypes: POSSIBLE_TYPES,
    typePolicies: {
      // "Load more" appends pages of a customer's transactions in the cache.
      Customer: { fields: { transactions: relayStylePagination() } },
      // ... and pages of the KYC follow-up list, one list per window.
      // ... and pages of the erasure queue.
      Query: {
        fields: {
          kycDocumentsDue: relayStylePagination(['withinDays', 'expired']),
          erasureRequests: relayStylePagination(['status']),
        },
      },
    },
  });
}

/** The WebSocket URL of the graph, on the page's own origin. */
export function websocketUrl(path = GRAPHQL_PATH, location = window.location) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path}`;
}

/** The close code with which the API ends a connection whose token expired. */
export const TOKEN_EXPIRED_CLOSE = 4401;

/**
 * Subscriptions over graphql-transport-ws. Browsers cannot set headers on a
 * WebSocket, so the token goes in the connection_init payload, read afresh on
 * every (re)connection. The socket opens only when a subscription starts.
 * A connection closed because its token expired (4401, at connection_init or
 * later; graphql-ws does not retry it) renews the token with `onTokenExpired`,
 * so that the next subscription connects with a valid one.
 */
export function createWsLink({
  url = websocketUrl(),
  readToken = getAccessToken,
  onTokenExpired = () => {},
  webSocketImpl,
} = {}) {
  const client = createClient({
    url,
    lazy: true,
    retryAttempts: Infinity,
    webSocketImpl,
    connectionParams: () => {
      const token = readToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      closed: (event) => {
        if (event?.code === TOKEN_EXPIRED_CLOSE) onTokenExpired();
      },
    },
  });
  return new GraphQLWsLink(client);
}

function isSubscription({ query }) {
  const definition = getMainDefinition(query);
  return (
    definition.kind === 'OperationDefinition' && definition.operation === 'subscription'
  );
}

/**
 * Builds the client. Tests pass their own `fetch` (a network-level mock) and
 * an absolute `uri`; the app uses the same origin as the page.
 */
export function createApolloClient({
  fetch,
  uri = GRAPHQL_PATH,
  onSignInNeeded = () => {},
  onAccountChanged = () => {},
  onTokenExpired,
  wsLink,
} = {}) {
  const http = ApolloLink.from([
    createSignInLink(onSignInNeeded, onAccountChanged, onTokenExpired),
    createAuthLink(),
    new HttpLink({ uri, fetch }),
  ]);
  const ws =
    wsLink ?? (typeof window !== 'undefined' ? createWsLink({ onTokenExpired }) : null);
  return new ApolloClient({
    link: ws ? ApolloLink.split(isSubscription, ws, http) : http,
    cache: createCache(),
  });
}
