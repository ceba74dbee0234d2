import { gql } from '@apollo/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { setAccessToken } from '@/lib/accessToken';
import { createApolloClient, createWsLink } from '@/lib/apolloClient';
import { fakeGraphQL } from '@/test/fakeGraphQL';

const ALERTS = gql`
  subscription Alerts {
    alertChanged {
      id
    }
  }
`;

/** A WebSocket whose server closes it with `code` upon connection_init. */
function socketClosingWith(code, sent) {
  return class FakeSocket {
    static CONNECTING = 0;
    static OPEN = 1;
    static CLOSING = 2;
    static CLOSED = 3;

    constructor() {
      this.readyState = FakeSocket.CONNECTING;
      setTimeout(() => {
        this.readyState = FakeSocket.OPEN;
        this.onopen?.();
      });
    }

    send(data) {
      sent.push(JSON.parse(data));
      setTimeout(() => this.close(code, 'Token expired'));
    }

    close(closeCode = 1000, reason = '') {
      if (this.readyState === FakeSocket.CLOSED) return;
      this.readyState = FakeSocket.CLOSED;
      this.onclose?.({ code: closeCode, reason, wasClean: true });
    }
  };
}

async function subscribeUntilClosed(code) {
  const sent = [];
  const onTokenExpired = vi.fn();
  const link = createWsLink({
    url: 'ws://test/graphql',
    readToken: () => 'old',
    onTokenExpired,
    webSocketImpl: socketClosingWith(code, sent),
  });
  const client = createApolloClient({ uri: 'http://test/graphql', wsLink: link });
  const error = await new Promise((resolve) => {
    client.subscribe({ query: ALERTS }).subscribe({
      next: (result) => result.error && resolve(result.error),
      error: resolve,
    });
  });
  await link.client.dispose();
  return { sent, onTokenExpired, error };
}

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

  function refusedOnce(code) {
    let first = true;
    return fakeGraphQL({
      Ping: () => {
        if (!first) return { data: { branches: [{ id: 'B1' }] } };
        first = false;
        const body = { data: null, errors: [{ message: 'No', extensions: { code } }] };
        return new Response(JSON.stringify(body), {
          status: 401,
          headers: { 'content-type': 'application/json' },
        });
      },
    });
  }

  it('renews an expired token (401 TOKEN_EXPIRED) and sends the request again', async () => {
    setAccessToken('old');
    const headers = [];
    const graph = refusedOnce('TOKEN_EXPIRED');
    const fetch = (url, init) => {
      headers.push(new Headers(init.headers).get('authorization'));
      return graph.fetch(url, init);
    };
    const onSignInNeeded = vi.fn();
    const onTokenExpired = vi.fn(async () => {
      setAccessToken('new');
      return true;
    });
    const client = createApolloClient({
      fetch,
      uri: 'http://test/graphql',
      onSignInNeeded,
      onTokenExpired,
    });

    const result = await client.query({ query: PING });

    expect(result.data.branches).toEqual([{ id: 'B1' }]);
    expect(onTokenExpired).toHaveBeenCalledTimes(1);
    expect(onSignInNeeded).not.toHaveBeenCalled();
    expect(headers).toEqual(['Bearer old', 'Bearer new']);
  });

  it('gives up when the token cannot be renewed, without sending again', async () => {
    const graph = refusedOnce('TOKEN_EXPIRED');
    const onTokenExpired = vi.fn(async () => false);
    const client = createApolloClient({
      fetch: graph.fetch,
      uri: 'http://test/graphql',
      onTokenExpired,
    });

    await expect(client.query({ query: PING })).rejects.toThrow();

    expect(onTokenExpired).toHaveBeenCalledTimes(1);
    expect(graph.callsOf('Ping')).toHaveLength(1);
  });

  it('renews at most once for one request', async () => {
    const body = {
      data: null,
      errors: [{ message: 'No', extensions: { code: 'TOKEN_EXPIRED' } }],
    };
    const graph = fakeGraphQL({
      Ping: () =>
        new Response(JSON.stringify(body), {
          status: 401,
          headers: { 'content-type': 'application/json' },
        }),
    });
    const onTokenExpired = vi.fn(async () => true);
    const client = createApolloClient({
      fetch: graph.fetch,
      uri: 'http://test/graphql',
      onTokenExpired,
    });

    await expect(client.query({ query: PING })).rejects.toThrow();

    expect(onTokenExpired).toHaveBeenCalledTimes(1);
    expect(graph.callsOf('Ping')).toHaveLength(2);
  });

  it('asks for sign-in on 401 TOKEN_INVALID, without renewing', async () => {
    const graph = refusedOnce('TOKEN_INVALID');
    const onSignInNeeded = vi.fn();
    const onTokenExpired = vi.fn(async () => true);
    const client = createApolloClient({
      fetch: graph.fetch,
      uri: 'http://test/graphql',
      onSignInNeeded,
      onTokenExpired,
    });

    await client.query({ query: PING }).catch(() => {});

    expect(onSignInNeeded).toHaveBeenCalledTimes(1);
    expect(onTokenExpired).not.toHaveBeenCalled();
    expect(graph.callsOf('Ping')).toHaveLength(1);
  });

  it('renews the token when the API closes a subscription with 4401', async () => {
    const { sent, onTokenExpired, error } = await subscribeUntilClosed(4401);

    expect(sent[0]).toEqual({
      type: 'connection_init',
      payload: { authorization: 'Bearer old' },
    });
    expect(onTokenExpired).toHaveBeenCalledTimes(1);
    expect(error).toBeTruthy();
  });

  it('does not renew the token for another close code', async () => {
    const { onTokenExpired, error } = await subscribeUntilClosed(4400);

    expect(onTokenExpired).not.toHaveBeenCalled();
    expect(error).toBeTruthy();
  });

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
