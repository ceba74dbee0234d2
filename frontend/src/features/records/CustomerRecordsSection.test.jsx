import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { customerDetail, transactionsPage } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

const ZHANG = customerDetail();
const PATH = `/customers/${encodeURIComponent(ZHANG.id)}`;
const DOCUMENT = {
  __typename: 'KycDocument',
  id: 'S3ljRG9jdW1lbnQ6MQ',
  docType: 'PASSPORT',
  number: '*********',
  issuingCountry: 'CN',
  issuedOn: '2016-05-01',
  expiresOn: '2026-05-01',
  expiryState: 'EXPIRING_SOON',
  status: 'PENDING',
  verifiedBy: null,
  verifiedByName: null,
  verifiedAt: null,
  retiredReason: null,
  createdBy: 'subject-of-a-colleague',
  version: 1,
};

function records(overrides = {}) {
  return {
    __typename: 'Customer',
    id: ZHANG.id,
    kind: 'INDIVIDUAL',
    completeness: {
      __typename: 'Completeness',
      score: 61,
      complete: false,
      missingRequired: ['mobilePhone', 'address'],
      missingRecommended: ['email'],
    },
    kycDocuments: [DOCUMENT],
    consents: [
      {
        __typename: 'ConsentState',
        purpose: 'MARKETING',
        granted: false,
        latest: {
          __typename: 'ConsentRecord',
          channel: 'PHONE',
          recordedAt: '2026-11-02T08:00:00Z',
          recordedBy: '5d0c1b9e-7a61-4f3e-9b1c-2a7d5e9f0c11',
          recordedByName: 'li.teller',
          expiresOn: null,
          granted: false,
        },
      },
    ],
    relationships: [
      {
        __typename: 'CustomerRelationship',
        id: 'Q3VzdG9tZXJSZWxhdGlvbjox',
        role: 'GUARANTOR',
        kind: 'GUARANTOR',
        startedOn: null,
        restricted: true,
        customer: null,
      },
    ],
    ...overrides,
  };
}

function handlers(extra = {}) {
  const customer = { __typename: 'Customer', id: ZHANG.id };
  const none = {
    __typename: 'TimelineEntryConnection',
    totalCount: 0,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: [],
  };
  return {
    Customer: () => ({ data: { customer: ZHANG } }),
    CustomerTransactions: () => ({ data: transactionsPage([]) }),
    CustomerAnalytics: () => ({
      data: {
        customer: {
          ...customer,
          segments: [],
          value: null,
          recommendations: [],
          consents: records().consents,
        },
      },
    }),
    CustomerRisk: () => ({
      data: { customer: { ...customer, latestCreditAssessment: null } },
    }),
    CustomerTimeline: () => ({ data: { customer: { ...customer, timeline: none } } }),
    CustomerRecords: () => ({ data: { customer: records() } }),
    ...extra,
  };
}

describe('customer records section', () => {
  it('shows missing fields, an expiring document and a restricted relation', async () => {
    renderApp(PATH, { handlers: handlers() });

    const missing = await screen.findByRole('list', {
      name: 'Missing required fields',
    });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual(['Mobile phone', 'Address']);
    const documents = screen.getByRole('region', { name: 'KYC documents' });
    expect(within(documents).getByText('Expires soon')).toBeInTheDocument();
    expect(
      screen.getByText('A customer of another branch (restricted)'),
    ).toBeInTheDocument();
    // Ending needs both sides in scope: no End on a restricted relation.
    const relations = screen.getByRole('region', { name: 'Relationships' });
    expect(within(relations).queryByText('End')).not.toBeInTheDocument();
  });

  it('names staff by username, not by their opaque subject', async () => {
    const verified = {
      ...DOCUMENT,
      status: 'VERIFIED',
      verifiedBy: '0a6f3c2e-1d4b-4e8a-8f7c-3b9d2e1f4a55',
      verifiedByName: 'wang.officer',
      verifiedAt: '2026-12-04T10:00:00Z',
    };
    renderApp(PATH, {
      handlers: handlers({
        CustomerRecords: () => ({
          data: { customer: records({ kycDocuments: [verified] }) },
        }),
      }),
    });

    const documents = await screen.findByRole('region', { name: 'KYC documents' });
    expect(
      within(documents).getByText(/Verified by wang\.officer on/),
    ).toBeInTheDocument();
    expect(screen.getByText(/li\.teller/)).toBeInTheDocument();
    expect(screen.queryByText(/0a6f3c2e|5d0c1b9e/)).not.toBeInTheDocument();
  });

  it.each([
    ['administrator', true],
    ['compliance_auditor', false],
  ])('as %s shows the record actions: %s', async (role, shown) => {
    renderApp(PATH, { handlers: handlers(), role });

    const documents = await screen.findByRole('region', { name: 'KYC documents' });
    expect(within(documents).getByText('Expires soon')).toBeInTheDocument();
    for (const action of [
      'Add document',
      'Verify',
      'Retire',
      'Record grant',
      'Add relationship',
    ]) {
      expect(screen.queryAllByText(action).length > 0, action).toBe(shown);
    }
  });

  it('offers no Verify on a document the user added, and says who verifies', async () => {
    const mine = { ...DOCUMENT, createdBy: 'subject-of-administrator' };
    const erased = {
      ...DOCUMENT,
      id: 'S3ljRG9jdW1lbnQ6Mg',
      number: null,
      status: 'VERIFIED',
    };
    renderApp(PATH, {
      handlers: handlers({
        CustomerRecords: () => ({
          data: { customer: records({ kycDocuments: [mine, erased] }) },
        }),
      }),
    });

    const documents = await screen.findByRole('region', { name: 'KYC documents' });
    expect(
      within(documents).getByText('You added this document: a colleague verifies it.'),
    ).toBeInTheDocument();
    expect(within(documents).queryByText('Verify')).not.toBeInTheDocument();
    expect(within(documents).getByText('Number erased')).toBeInTheDocument();
  });

  it('verifies a document with the version it shows, then reloads', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(PATH, {
      handlers: handlers({
        VerifyKycDocument: () => ({
          data: {
            verifyKycDocument: {
              __typename: 'KycDocument',
              id: DOCUMENT.id,
              status: 'VERIFIED',
              version: 2,
              verifiedBy: 'officer-1',
              verifiedByName: 'wang.officer',
              verifiedAt: '2026-12-04T10:00:00Z',
              retiredReason: null,
            },
          },
        }),
      }),
    });

    // By text, not role: role queries over the whole customer page are slow.
    await user.click((await screen.findByText('Verify')).closest('button'));

    await expect.poll(() => graph.callsOf('CustomerRecords').length).toBe(2);
    expect(graph.callsOf('VerifyKycDocument')[0].variables.input).toEqual({
      id: DOCUMENT.id,
      version: 1,
    });
  });

  it('shows a document problem beside its field, the rest above the buttons', async () => {
    const user = userEvent.setup();
    const problems = [
      { field: 'number', code: 'INVALID_ID_NUMBER', message: 'bad number' },
      { field: 'issuingCountry', code: 'NEW_RULE', message: 'Unknown country' },
      { field: 'customerId', code: 'ARCHIVED', message: 'Customer archived' },
    ];
    renderApp(PATH, {
      handlers: handlers({
        AddKycDocument: () => ({
          data: {
            addKycDocument: {
              __typename: 'ValidationError',
              code: 'VALIDATION_FAILED',
              message: 'Invalid input: number: bad number',
              fields: problems.map((p) => ({ __typename: 'FieldError', ...p })),
            },
          },
        }),
      }),
    });

    await user.click((await screen.findByText('Add document')).closest('button'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Document number'), 'E1');
    await user.click(within(dialog).getByText('Save document').closest('button'));

    const number = await within(dialog).findByText(
      'Not a valid document number: its format or check digit is wrong.',
    );
    expect(number.closest('.ant-form-item')).toHaveTextContent('Document number');
    const country = within(dialog).getByText('Unknown country');
    expect(country.closest('.ant-form-item')).toHaveTextContent('Issuing country');
    // Only the problem no field shows is listed in the alert.
    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent('Customer: Customer archived');
    expect(alert).not.toHaveTextContent(/customerId|number|Unknown country/);
  });

  it('records a grant on the channel chosen', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(PATH, {
      handlers: handlers({
        RecordConsent: () => ({
          data: {
            recordConsent: {
              __typename: 'ConsentState',
              purpose: 'MARKETING',
              granted: true,
            },
          },
        }),
      }),
    });

    await user.click(await screen.findByLabelText('Record grant of Marketing'));
    // Nothing is recorded until the user confirms purpose and channel.
    const question = await screen.findByText(
      'Record that the customer grants Marketing consent, given via Branch? ' +
        'The record is kept permanently.',
    );
    expect(graph.callsOf('RecordConsent')).toHaveLength(0);
    const popup = question.closest('.ant-popover');
    await user.click(within(popup).getByRole('button', { name: 'Record grant' }));

    await expect.poll(() => graph.callsOf('RecordConsent').length).toBe(1);
    expect(graph.callsOf('RecordConsent')[0].variables.input).toEqual({
      customerId: ZHANG.id,
      purpose: 'MARKETING',
      granted: true,
      channel: 'BRANCH',
    });
  });

  it('records nothing when the user cancels the confirmation', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(PATH, { handlers: handlers() });

    await user.click(await screen.findByLabelText('Record grant of Marketing'));
    const question = await screen.findByText(
      /grants Marketing consent, given via Branch/,
    );
    const popup = question.closest('.ant-popover');
    await user.click(within(popup).getByRole('button', { name: 'Cancel' }));

    expect(graph.callsOf('RecordConsent')).toHaveLength(0);
  });
});
