import { gql } from '@apollo/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { setAccessToken } from '@/lib/accessToken';
import { createApolloClient } from '@/lib/apolloClient';
import { fakeGraphQL } from '@/test/fakeGraphQL';

const PING = gql`
  query Ping {
    branches {
      id
    }
  }
`;

async function headersOfOneRequest() {
  let headers;
  const graph = fakeGraphQL({ Ping: () => ({ data: { branches: [] } }) });
  const fetch = (url, init) => {
    headers = new Headers(init.headers);
    return graph.fetch(url, init);
  };
  await createApolloClient({ fetch, uri: 'http://test/graphql' }).query({
    query: PING,
  });
  return headers;
}

describe('Apollo client', () => {
  afterEach(() => setAccessToken(null));

  it('sends no authorization header while signed out', async () => {
    const headers = await headersOfOneRequest();

    expect(headers.has('authorization')).toBe(false);
  });

  it('asks for sign-in when the API refuses the request for want of a token', async () => {
    const onSignInNeeded = vi.fn();
    const graph = fakeGraphQL({
      Ping: () => ({
        data: null,
        errors: [{ message: 'Sign in first', extensions: { code: 'TOKEN_EXPIRED' } }],
      }),
    });
    const client = createApolloClient({
      fetch: graph.fetch,
      uri: 'http://test/graphql',
      onSignInNeeded,
    });

    await client.query({ query: PING }).catch(() => {});

    expect(onSignInNeeded).toHaveBeenCalledTimes(1);
  });

  it.each(['ACCOUNT_INACTIVE', 'RIGHTS_CHANGED'])(
    'ends the session when the API answers 401 %s',
    async (code) => {
      const onSignInNeeded = vi.fn();
      const onAccountChanged = vi.fn();
      const body = { data: null, errors: [{ message: 'No', extensions: { code } }] };
      const graph = fakeGraphQL({
        Ping: () =>
          new Response(JSON.stringify(body), {
            status: 401,
            headers: { 'content-type': 'application/json' },
          }),
      });
      const client = createApolloClient({
        fetch: graph.fetch,
        uri: 'http://test/graphql',
        onSignInNeeded,
        onAccountChanged,
      });

      await client.query({ query: PING }).catch(() => {});

      expect(onAccountChanged).toHaveBeenCalledWith(code);
      expect(onSignInNeeded).not.toHaveBeenCalled();
    },
  );

  it('leaves other server errors to the screens', async () => {
    const onSignInNeeded = vi.fn();
    const onAccountChanged = vi.fn();
    const graph = fakeGraphQL({
      Ping: () => new Response('upstream down', { status: 502 }),
    });
    const client = createApolloClient({
      fetch: graph.fetch,
      uri: 'http://test/graphql',
      onSignInNeeded,
      onAccountChanged,
    });

    await client.query({ query: PING }).catch(() => {});

    expect(onAccountChanged).not.toHaveBeenCalled();
    expect(onSignInNeeded).not.toHaveBeenCalled();
  });

  it('sends the access token held in memory as a bearer token', async () => {
    setAccessToken('token-123');

    const headers = await headersOfOneRequest();

    expect(headers.get('authorization')).toBe('Bearer token-123');
  });
});
