import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';

import { describeError } from '@/components/errors';

describe('describeError', () => {
  it('takes the request ID from a GraphQL error', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'boom',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r-1' },
        },
      ],
    });

    expect(describeError(error)).toEqual({
      kind: 'server',
      code: 'INTERNAL_SERVER_ERROR',
      requestId: 'r-1',
    });
  });

  it('takes the request ID from the body of an HTTP error', () => {
    const body = JSON.stringify({ errors: [{ extensions: { requestId: 'r-2' } }] });
    const error = new ServerError('Internal', {
      response: new Response(body, { status: 500 }),
      bodyText: body,
    });

    expect(describeError(error)).toEqual({
      kind: 'server',
      status: 500,
      requestId: 'r-2',
    });
  });

  it('tells bad input apart from a server failure, with its field', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: "Variable '$input' has an invalid value at annualIncome.",
          extensions: {
            code: 'BAD_USER_INPUT',
            requestId: 'r-3',
            field: 'annualIncome',
          },
        },
      ],
    });

    expect(describeError(error)).toEqual({
      kind: 'input',
      code: 'BAD_USER_INPUT',
      field: 'annualIncome',
    });
  });

  it('tells a missing permission and a refused value from a server failure', () => {
    const forbidden = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Permission complaint.read is required',
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    const refused = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Invalid input: text',
          extensions: { code: 'VALIDATION_FAILED', requestId: 'r-3' },
        },
      ],
    });

    expect(describeError(forbidden)).toEqual({ kind: 'forbidden', code: 'FORBIDDEN' });
    expect(describeError(refused)).toEqual({
      kind: 'input',
      code: 'VALIDATION_FAILED',
    });
  });

  it('treats anything else as the network', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toEqual({
      kind: 'network',
    });
  });
});
