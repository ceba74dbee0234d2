import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { connectionParams, createFetcher, socketUrl } from './fetcher';

const SUBSCRIPTION = 'subscription Live { alertChanged { id } }';
const QUERY = 'query Me { me { username } }';

/** A graphql-ws client stand-in: each subscription answers once and completes. */
function fakeClients() {
  const made = [];
  const createWsClient = (options) => {
    const client = {
      options,
      subscribed: [],
      dispose: vi.fn(),
      subscribe(payload, sink) {
        client.subscribed.push(payload);
        // As a socket does: the answer comes later, once GraphiQL listens.
        setTimeout(() => {
          sink.next({ data: { alertChanged: { id: '1' } } });
          sink.complete();
        });
        return () => {};
      },
    };
    made.push(client);
    return client;
  };
  return { made, createWsClient };
}

async function run(fetcher, query, headers) {
  const params = { query, operationName: parse(query).definitions[0].name.value };
  const result = await fetcher(params, { documentAST: parse(query), headers });
  if (!result[Symbol.asyncIterator]) return [result];
  const values = [];
  for await (const value of result) values.push(value);
  return values;
}

describe('GraphiQL fetcher', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens the socket on the page origin only, wss under https', () => {
    expect(socketUrl({ protocol: 'https:', host: 'cims.bank.example' })).toBe(
      'wss://cims.bank.example/graphql',
    );
    expect(socketUrl({ protocol: 'http:', host: '127.0.0.1:8000' })).toBe(
      'ws://127.0.0.1:8000/graphql',
    );
  });

  it('puts only the Authorization header, in lower case, into connection_init', () => {
    const headers = { Authorization: 'Bearer t1', 'X-Trace': 'secret' };

    expect(connectionParams(headers)).toEqual({ authorization: 'Bearer t1' });
    expect(connectionParams(undefined)).toEqual({});
    expect(connectionParams({ authorization: 42 })).toEqual({});
  });

  it('runs a subscription over the same-origin socket, signed in by its token', async () => {
    const { made, createWsClient } = fakeClients();
    const location = { protocol: 'http:', host: '127.0.0.1:8000' };
    const fetcher = createFetcher({ location, createWsClient });

    const values = await run(fetcher, SUBSCRIPTION, { Authorization: 'Bearer t1' });

    expect(values).toEqual([{ data: { alertChanged: { id: '1' } } }]);
    expect(made).toHaveLength(1);
    expect(made[0].options).toMatchObject({
      url: 'ws://127.0.0.1:8000/graphql',
      connectionParams: { authorization: 'Bearer t1' },
      lazy: true,
    });
    expect(made[0].subscribed[0].query).toBe(SUBSCRIPTION);
  });

  it('sends queries over HTTP and opens no socket for them', async () => {
    const { made, createWsClient } = fakeClients();
    const fetch = vi.fn(
      async () => new Response(JSON.stringify({ data: { me: null } })),
    );
    vi.stubGlobal('fetch', fetch);
    const fetcher = createFetcher({
      location: { protocol: 'http:', host: 'h' },
      createWsClient,
    });

    const [result] = await run(fetcher, QUERY, { Authorization: 'Bearer t1' });

    expect(result).toEqual({ data: { me: null } });
    expect(fetch.mock.calls[0][0]).toBe('/graphql');
    expect(made.every((client) => client.subscribed.length === 0)).toBe(true);
  });

  it('keeps one socket per token and closes it when the token changes', async () => {
    const { made, createWsClient } = fakeClients();
    const fetcher = createFetcher({
      location: { protocol: 'http:', host: 'h' },
      createWsClient,
    });

    await run(fetcher, SUBSCRIPTION, { Authorization: 'Bearer t1' });
    await run(fetcher, SUBSCRIPTION, { Authorization: 'Bearer t1' });
    expect(made).toHaveLength(1);

    await run(fetcher, SUBSCRIPTION, { Authorization: 'Bearer t2' });
    expect(made).toHaveLength(2);
    expect(made[0].dispose).toHaveBeenCalled();
    expect(made[1].options.connectionParams).toEqual({ authorization: 'Bearer t2' });
  });
});
