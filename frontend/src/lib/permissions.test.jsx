import { ApolloProvider } from '@apollo/client/react';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createApolloClient } from '@/lib/apolloClient';
import { Can, can, useCan, useMe } from '@/lib/permissions';
import { fakeGraphQL } from '@/test/fakeGraphQL';
import { me } from '@/test/fixtures';

function wrapperFor(answer) {
  const graph = fakeGraphQL({ Me: answer });
  const client = createApolloClient({ fetch: graph.fetch, uri: 'http://test/graphql' });
  const wrapper = ({ children }) => (
    <ApolloProvider client={client}>{children}</ApolloProvider>
  );
  return { wrapper, graph };
}

describe('can', () => {
  it('answers from the permissions of me, and no for no answer yet', () => {
    expect(can(me('teller'), 'customer.write')).toBe(true);
    expect(can(me('teller'), 'customer.archive')).toBe(false);
    expect(can(null, 'customer.read')).toBe(false);
  });
});

describe('useCan', () => {
  it('is false until me answers, then follows the role', async () => {
    const { wrapper } = wrapperFor(() => ({ data: { me: me('compliance_auditor') } }));

    const { result } = renderHook(
      () => [useCan('audit.read'), useCan('customer.write')],
      { wrapper },
    );

    expect(result.current).toEqual([false, false]);
    await waitFor(() => expect(result.current).toEqual([true, false]));
  });

  it('asks the graph once however many ask', async () => {
    const { wrapper, graph } = wrapperFor(() => ({ data: { me: me('analyst') } }));

    const { result } = renderHook(
      () => [useCan('segment.manage'), useCan('risk.read'), useCan('risk.decide')],
      { wrapper },
    );

    await waitFor(() => expect(result.current).toEqual([true, true, false]));
    expect(graph.callsOf('Me')).toHaveLength(1);
  });

  it('grants nothing when me fails', async () => {
    const { wrapper } = wrapperFor(() => ({
      errors: [
        { message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ],
    }));

    const { result } = renderHook(() => [useMe(), useCan('customer.read')], {
      wrapper,
    });

    await waitFor(() => expect(result.current[0].error).toBeTruthy());
    expect(result.current[0].me).toBeNull();
    expect(result.current[1]).toBe(false);
  });
});

describe('Can', () => {
  it('renders its children only for a holder of the permission', async () => {
    const { wrapper: Wrapper } = wrapperFor(() => ({ data: { me: me('teller') } }));

    render(
      <Wrapper>
        <Can permission="customer.write">
          <button type="button">New customer</button>
        </Can>
        <Can permission="customer.archive">
          <button type="button">Archive</button>
        </Can>
      </Wrapper>,
    );

    expect(
      await screen.findByRole('button', { name: 'New customer' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
  });
});
