import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';

export const GRAPHQL_PATH = '/graphql';

/** The graph's WebSocket on the page's own origin: nowhere else is reachable. */
export function socketUrl(location, path = GRAPHQL_PATH) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path}`;
}

/**
 * The connection_init payload of graphql-transport-ws: the Authorization of
 * the Headers tab (any spelling), under the lower-case name the server reads.
 * No other header goes onto the socket.
 */
export function connectionParams(headers) {
  const entry = Object.entries(headers ?? {}).find(
    ([name]) => name.toLowerCase() === 'authorization',
  );
  return typeof entry?.[1] === 'string' ? { authorization: entry[1] } : {};
}

/**
 * GraphiQL's fetcher: queries and mutations over HTTP, subscriptions over the
 * same origin's WebSocket (graphql-transport-ws, as `cims.app` serves it). One
 * socket serves every subscription run under the same Authorization; a new
 * token in the Headers tab closes it and opens another on the next run.
 */
export function createFetcher({
  location = window.location,
  createWsClient = createClient,
} = {}) {
  let socket = null; // { authorization, client }
  const clientFor = (headers) => {
    const params = connectionParams(headers);
    if (!socket || socket.authorization !== params.authorization) {
      socket?.client.dispose();
      const client = createWsClient({
        url: socketUrl(location),
        connectionParams: params,
        lazy: true, // no socket until a subscription runs
        retryAttempts: 0, // a refused token shows as an error, not as retries
      });
      socket = { authorization: params.authorization, client };
    }
    return socket.client;
  };
  return (params, options) =>
    createGraphiQLFetcher({ url: GRAPHQL_PATH, wsClient: clientFor(options?.headers) })(
      params,
      options,
    );
}
