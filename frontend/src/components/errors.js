import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

function requestIdFromBody(bodyText) {
  try {
    const body = JSON.parse(bodyText);
    return body?.errors?.find((e) => e?.extensions?.requestId)?.extensions.requestId;
  } catch {
    return undefined; // not JSON: a proxy's HTML page, for instance
  }
}

/**
 * What the user may be told about a failed request: its kind and, when the
 * server gave one, the request ID that support can look up in the logs. The
 * error's own message and stack stay out of the page.
 */
export function describeError(error) {
  if (CombinedGraphQLErrors.is(error)) {
    // The user's input did not fit the schema ("12,000" for an amount): tell
    // them what to fix; support has nothing to look up.
    // So is a text or number refused before any resolver ran (a NUL, a date
    // outside 1900 to 2200): the server names its field as payloads do.
    const input = error.errors.find(
      (e) => e.extensions?.code === 'BAD_USER_INPUT' || e.extensions?.field,
    );
    if (input) {
      const { code, field } = input.extensions;
      return { kind: 'input', code, field };
    }
    // A permission the role lacks, or a value the server refused (a search text
    // too long): the user's situation, not a failure support could look up.
    const codes = error.errors.map((e) => e.extensions?.code);
    if (codes.length && codes.every((c) => c === 'FORBIDDEN')) {
      return { kind: 'forbidden', code: 'FORBIDDEN' };
    }
    if (codes.includes('VALIDATION_FAILED')) {
      return { kind: 'input', code: 'VALIDATION_FAILED' };
    }
    const withId = error.errors.find((e) => e.extensions?.requestId);
    return {
      kind: 'server',
      code: error.errors[0]?.extensions?.code,
      requestId: withId?.extensions.requestId,
    };
  }
  if (ServerError.is(error)) {
    return {
      kind: 'server',
      status: error.statusCode,
      requestId:
        requestIdFromBody(error.bodyText) ??
        error.response?.headers?.get?.('x-request-id') ??
        undefined,
    };
  }
  return { kind: 'network' };
}

/**
 * True when every error of a response only withheld fields the user may not
 * see (code FORBIDDEN): the rest of the data is good, and the screen shows
 * those parts as not permitted instead of failing whole.
 */
export function isOnlyFieldDenial(error) {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.every((e) => e.extensions?.code === 'FORBIDDEN')
  );
}

/** The error worth showing, if any, once field denials are set aside. */
export function blockingError(error) {
  return error && !isOnlyFieldDenial(error) ? error : undefined;
}
