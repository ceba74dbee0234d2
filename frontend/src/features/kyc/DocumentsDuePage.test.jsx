import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

/** An ISO date `days` from the user's today (negative: before it). */
function inDays(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function documentNode(overrides = {}) {
  return {
    __typename: 'KycDocument',
    id: 'S3ljRG9jdW1lbnQ6MQ==',
    docType: 'RESIDENT_ID',
    number: '110101********123X',
    expiresOn: inDays(10),
    expiryState: 'EXPIRING_SOON',
    status: 'VERIFIED',
    customer: {
      __typename: 'Customer',
      id: 'Q3VzdG9tZXI6MQ==',
      customerNo: 'C1000000001',
      fullName: '王小明',
    },
    ...overrides,
  };
}

function duePage(nodes, { hasNextPage = false, totalCount = nodes.length } = {}) {
  return {
    data: {
      kycDocumentsDue: {
        __typename: 'KycDocumentConnection',
        totalCount,
        pageInfo: {
          __typename: 'PageInfo',
          hasNextPage,
          endCursor: nodes.length ? `cursor-${nodes.at(-1).id}` : null,
        },
        edges: nodes.map((node) => ({
          __typename: 'KycDocumentEdge',
          cursor: `cursor-${node.id}`,
          node,
        })),
      },
    },
  };
}

describe('KYC documents to renew', () => {
  it('lists documents due within 30 days, with the customer and days left', async () => {
    const { graph } = renderApp('/kyc/due', {
      handlers: { DocumentsDue: () => duePage([documentNode()]) },
      role: 'risk_officer',
    });

    const link = await screen.findByRole('link', { name: '王小明 · C1000000001' });
    expect(link).toHaveAttribute('href', '/customers/Q3VzdG9tZXI6MQ%3D%3D');
    expect(screen.getByText('110101********123X')).toBeInTheDocument();
    expect(screen.getByText('10 days left')).toBeInTheDocument();
    expect(screen.getByText('Resident ID card')).toBeInTheDocument();
    expect(screen.getByText('Verified')).toBeInTheDocument();
    expect(screen.getByText(/1 document/)).toBeInTheDocument();
    expect(graph.callsOf('DocumentsDue')[0].variables).toEqual({
      withinDays: 30,
      expired: false,
      first: 50,
    });
  });

  it('switches to the expired ones, and keeps the choice in the address', async () => {
    const user = userEvent.setup();
    const expired = documentNode({
      id: 'S3ljRG9jdW1lbnQ6Mg==',
      expiresOn: inDays(-3),
      expiryState: 'EXPIRED',
    });
    const { graph, router } = renderApp('/kyc/due', {
      handlers: {
        DocumentsDue: (v) => duePage(v.expired ? [expired] : [documentNode()]),
      },
    });
    await screen.findByText('10 days left');

    await user.click(screen.getByText('Already expired'));

    expect(await screen.findByText('expired 3 days ago')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?within=expired');
    expect(graph.callsOf('DocumentsDue').at(-1).variables).toEqual({
      withinDays: 0,
      expired: true,
      first: 50,
    });
  });

  it('opens the window the address names', async () => {
    const { graph } = renderApp('/kyc/due?within=90', {
      handlers: { DocumentsDue: () => duePage([documentNode()]) },
    });

    await screen.findByText('10 days left');
    expect(graph.callsOf('DocumentsDue')[0].variables.withinDays).toBe(90);
  });

  it('loads the next page after the last document', async () => {
    const user = userEvent.setup();
    const second = documentNode({
      id: 'S3ljRG9jdW1lbnQ6Mw==',
      expiresOn: inDays(20),
      customer: {
        ...documentNode().customer,
        id: 'Q3VzdG9tZXI6Mg==',
        fullName: '李华',
      },
    });
    const { graph } = renderApp('/kyc/due', {
      handlers: {
        DocumentsDue: (v) =>
          v.after
            ? duePage([second], { totalCount: 2 })
            : duePage([documentNode()], { hasNextPage: true, totalCount: 2 }),
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('20 days left')).toBeInTheDocument();
    expect(screen.getByText('10 days left')).toBeInTheDocument();
    expect(graph.callsOf('DocumentsDue')[1].variables.after).toBe(
      'cursor-S3ljRG9jdW1lbnQ6MQ==',
    );
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows documents as cards on a phone, in Chinese', async () => {
    setViewport('phone');
    renderApp('/kyc/due', {
      handlers: { DocumentsDue: () => duePage([documentNode()]) },
      language: 'zh',
    });

    const item = await screen.findByRole('listitem');
    expect(within(item).getByText('剩余 10 天')).toBeInTheDocument();
    expect(screen.getByText('30 天内')).toBeInTheDocument(); // the short label
    expect(
      within(item).getByRole('link', { name: '王小明 · C1000000001' }),
    ).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says so when nothing is due', async () => {
    renderApp('/kyc/due', { handlers: { DocumentsDue: () => duePage([]) } });

    expect(
      await screen.findByText('No document expires within 30 days.'),
    ).toBeInTheDocument();
  });

  it('tells what failed and offers a retry', async () => {
    renderApp('/kyc/due', {
      handlers: {
        DocumentsDue: () => ({
          data: { kycDocumentsDue: null },
          errors: [
            { message: 'x', extensions: { code: 'INTERNAL', requestId: 'r-1' } },
          ],
        }),
      },
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('r-1');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('turns away a role that may not read customers, asking nothing', async () => {
    const { graph } = renderApp('/kyc/due', { role: 'core_banking' });

    expect(
      await screen.findByText('Your role may not use this screen.'),
    ).toBeInTheDocument();
    expect(graph.calls.map((c) => c.operationName)).toEqual(['Me']);
  });

  it.each(['risk_officer', 'relationship_manager', 'teller'])(
    'is in the menu for a %s, who can renew or verify a document',
    async (role) => {
      renderApp('/kyc', {
        handlers: { DocumentsDue: () => duePage([documentNode()]) },
        role,
      });

      expect(
        await screen.findByRole('link', { name: 'KYC follow-up' }),
      ).toHaveAttribute('href', '/kyc/due');
    },
  );

  it.each(['compliance_auditor', 'service_agent', 'analyst'])(
    'is neither in the menu nor open to a %s, who reads customers only',
    async (role) => {
      const { graph } = renderApp('/kyc/due', { role });

      expect(
        await screen.findByText('Your role may not use this screen.'),
      ).toBeInTheDocument();
      expect(screen.getByText(/“manage KYC documents” or “verify KYC”/)).toBeVisible();
      const nav = screen.getByRole('navigation', { name: 'Main' });
      expect(within(nav).queryByRole('link', { name: 'KYC follow-up' })).toBeNull();
      expect(graph.calls.map((c) => c.operationName)).toEqual(['Me']);
    },
  );

  it('names both rights in Chinese to a role that has neither', async () => {
    renderApp('/kyc/due', { role: 'compliance_auditor', language: 'zh' });

    expect(
      await screen.findByText(/“管理 KYC 证件”或“核验 KYC”权限之一/),
    ).toBeVisible();
  });
});
