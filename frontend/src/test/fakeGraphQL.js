/**
 * A network-level mock of the graph: a `fetch` that answers each operation
 * by name from a handler, and remembers what it was sent.
 */
export function fakeGraphQL(handlers) {
  const calls = [];

  const fetch = async (_url, init) => {
    const body = JSON.parse(init.body);
    calls.push(body);
    const handler = handlers[body.operationName];
    const result = handler
      ? await handler(body.variables ?? {})
      : { errors: [{ message: `no mock for ${body.operationName}` }] };
    if (result instanceof Response) return result;
    return new Response(JSON.stringify(result), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };

  const callsOf = (name) => calls.filter((c) => c.operationName === name);
  return { fetch, calls, callsOf };
}
