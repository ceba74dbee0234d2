/** Graph objects as the server returns them, __typename included. */

export const BRANCHES = [
  {
    __typename: 'Branch',
    id: 'QnJhbmNoOjE=',
    code: 'BJ01',
    name: '北京分行',
    nameEn: 'Beijing Branch',
    city: '北京',
  },
  {
    __typename: 'Branch',
    id: 'QnJhbmNoOjI=',
    code: 'SH01',
    name: '上海分行',
    nameEn: 'Shanghai Branch',
    city: '上海',
  },
];

const money = (amount, currency = 'CNY') => ({ __typename: 'Money', amount, currency });

export function customer(overrides = {}) {
  return {
    __typename: 'Customer',
    id: 'Q3VzdG9tZXI6MQ==',
    customerNo: 'C000000001',
    kind: 'INDIVIDUAL',
    fullName: '张伟',
    familyName: '张',
    givenName: '伟',
    nameLatin: 'Zhang Wei',
    gender: 'MALE',
    birthDate: '1985-03-12',
    birthYear: 1985,
    nationality: 'CN',
    idType: 'RESIDENT_ID',
    idNumber: '110101198503120018',
    occupation: 'Engineer',
    employer: null,
    education: null,
    maritalStatus: 'MARRIED',
    mobilePhone: '+8613800138000',
    email: 'zhang.wei@example.com',
    address: null,
    annualIncome: money('240000.00'),
    assets: null,
    liabilities: null,
    status: 'ACTIVE',
    kycStatus: 'VERIFIED',
    tags: [],
    customAttributes: { dataset: 'german_credit', duration_in_month: 24 },
    branch: BRANCHES[0],
    relationshipManager: null,
    source: 'IMPORT',
    createdAt: '2026-01-05T08:00:00Z',
    updatedAt: '2026-02-01T09:30:00Z',
    version: 3,
    archivedAt: null,
    erasedAt: null,
    ...overrides,
  };
}

export function customerListNode(overrides = {}) {
  const c = customer(overrides);
  return {
    __typename: 'Customer',
    id: c.id,
    customerNo: c.customerNo,
    kind: c.kind,
    fullName: c.fullName,
    nameLatin: c.nameLatin,
    status: c.status,
    kycStatus: c.kycStatus,
    branch: {
      __typename: 'Branch',
      id: c.branch.id,
      name: c.branch.name,
      nameEn: c.branch.nameEn,
    },
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    archivedAt: c.archivedAt,
    completeness: { __typename: 'Completeness', score: 65, complete: false },
  };
}

export function customerConnection(nodes, pageInfo = {}) {
  return {
    __typename: 'CustomerConnection',
    totalCount: nodes.length,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: nodes.length ? 'c0' : null,
      endCursor: nodes.length ? `c${nodes.length - 1}` : null,
      ...pageInfo,
    },
    edges: nodes.map((node, i) => ({
      __typename: 'CustomerEdge',
      cursor: `c${i}`,
      node,
    })),
  };
}

export function customerDetail(overrides = {}) {
  return {
    ...customer(overrides),
    accounts: {
      __typename: 'AccountConnection',
      totalCount: 1,
      edges: [
        {
          __typename: 'AccountEdge',
          node: {
            __typename: 'Account',
            id: 'QWNjb3VudDox',
            number: '6222020000000001',
            currency: 'CNY',
            balance: money('12345.60'),
            creditLimit: null,
            openedOn: '2020-06-01',
            closedOn: null,
            status: 'ACTIVE',
            product: {
              __typename: 'Product',
              id: 'UHJvZHVjdDox',
              code: 'DEP',
              name: '活期存款',
              nameEn: 'Current deposit',
              category: 'DEPOSIT',
            },
          },
        },
      ],
    },
    balanceSummary: [
      {
        __typename: 'CurrencyBalance',
        currency: 'CNY',
        balance: money('12345.60'),
        accounts: 1,
      },
    ],
  };
}

export function transactionsPage(
  ids,
  { hasNextPage = false, total = ids.length } = {},
) {
  return {
    customer: {
      __typename: 'Customer',
      id: customer().id,
      transactions: {
        __typename: 'TransactionConnection',
        totalCount: total,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `t${ids.at(-1)}` },
        edges: ids.map((n) => ({
          __typename: 'TransactionEdge',
          cursor: `t${n}`,
          node: {
            __typename: 'Transaction',
            id: `VHg6${n}`,
            bookedAt: '2026-02-01T09:30:00Z',
            amount: money('100.00'),
            direction: 'DEBIT',
            channel: 'MOBILE',
            category: 'groceries',
            counterparty: null,
            description: `Purchase ${n}`,
            account: {
              __typename: 'Account',
              id: 'QWNjb3VudDox',
              number: '6222020000000001',
            },
          },
        })),
      },
    },
  };
}

/**
 * `me` as the graph answers it for one demo role. The permission lists copy
 * backend/cims/auth/policy.py; src/test/fixtures.test.js checks them against
 * the README's table, which a backend test holds equal to the policy.
 */
const ROLE_PERMISSIONS = {
  teller: [
    'account.read',
    'complaint.file',
    'complaint.read',
    'consent.record',
    'customer.pii.read',
    'customer.read',
    'customer.write',
    'interaction.write',
    'kyc.manage',
    'transaction.read',
  ],
  relationship_manager: [
    'account.read',
    'analytics.read',
    'complaint.file',
    'complaint.read',
    'consent.record',
    'customer.archive',
    'customer.export',
    'customer.financial.read',
    'customer.import',
    'customer.pii.read',
    'customer.read',
    'customer.write',
    'interaction.write',
    'kyc.manage',
    'kyc.verify',
    'risk.assess',
    'risk.read',
    'segment.read',
    'survey.read',
    'transaction.read',
  ],
  service_agent: [
    'account.read',
    'complaint.file',
    'complaint.handle',
    'complaint.read',
    'customer.read',
    'interaction.write',
    'survey.read',
    'transaction.read',
  ],
  risk_officer: [
    'account.read',
    'alert.review',
    'analytics.read',
    'customer.financial.read',
    'customer.pii.read',
    'customer.read',
    'kyc.verify',
    'risk.assess',
    'risk.decide',
    'risk.read',
    'segment.read',
    'transaction.read',
  ],
  compliance_auditor: [
    'account.read',
    'audit.read',
    'complaint.read',
    'customer.financial.read',
    'customer.pii.read',
    'customer.read',
    'risk.read',
    'segment.read',
    'survey.read',
    'transaction.read',
  ],
  analyst: [
    'account.read',
    'analytics.read',
    'customer.financial.read',
    'customer.read',
    'risk.read',
    'schema.introspect',
    'segment.manage',
    'segment.read',
    'survey.read',
    'transaction.read',
  ],
  core_banking: ['account.read', 'transaction.read', 'transaction.write'],
  administrator: [
    'account.read',
    'alert.review',
    'analytics.read',
    'audit.read',
    'complaint.file',
    'complaint.handle',
    'complaint.read',
    'consent.record',
    'customer.archive',
    'customer.erase',
    'customer.export',
    'customer.financial.read',
    'customer.import',
    'customer.pii.read',
    'customer.read',
    'customer.write',
    'interaction.write',
    'kyc.manage',
    'kyc.verify',
    'risk.assess',
    'risk.decide',
    'risk.read',
    'schema.introspect',
    'segment.manage',
    'segment.read',
    'staff.manage',
    'survey.read',
    'transaction.read',
    'transaction.write',
  ],
};

export const ROLES = Object.keys(ROLE_PERMISSIONS);

export function me(role = 'administrator', overrides = {}) {
  const branchBound = role === 'teller' || role === 'relationship_manager';
  return {
    __typename: 'Me',
    subject: `subject-of-${role}`,
    kind: 'STAFF',
    username: `demo.${role}`,
    displayName: `Demo ${role}`,
    roles: [role],
    permissions: ROLE_PERMISSIONS[role],
    branch: branchBound ? BRANCHES[0] : null,
    team: null,
    ...overrides,
  };
}

export const COMPLAINT_ID = 'Q29tcGxhaW50OjQy';

/** A complaint as the detail and queue screens read it; its category and
 * description from the real CFPB data, its customer the demo's first row. */
export function complaint(overrides = {}) {
  return {
    __typename: 'Complaint',
    id: COMPLAINT_ID,
    status: 'RECEIVED',
    severity: 'MEDIUM',
    channel: 'PHONE',
    assignee: null,
    assigneeName: null,
    receivedAt: '2026-12-04T09:00:00+00:00',
    dueAt: '2026-12-07T09:00:00+00:00',
    atRisk: false,
    breached: false,
    version: 1,
    nextSteps: ['ACKNOWLEDGED', 'ESCALATED'],
    category: {
      __typename: 'ComplaintCategory',
      id: 'Q29tcGxhaW50Q2F0ZWdvcnk6Nw==',
      code: 'deposit_account.managing_account',
      product: 'Checking or savings account',
      issue: 'Managing an account',
      productZh: '活期及储蓄账户',
      issueZh: '账户管理',
    },
    customer: {
      __typename: 'Customer',
      id: 'Q3VzdG9tZXI6MQ==',
      customerNo: 'C1000000001',
      fullName: '张伟',
      erasedAt: null,
    },
    description: 'A fee was charged twice on the current account.',
    acknowledgeDueAt: '2026-12-07T09:00:00+00:00',
    resolveDueAt: '2026-12-25T09:00:00+00:00',
    acknowledgedAt: null,
    resolvedAt: null,
    closedAt: null,
    outcome: null,
    rootCause: null,
    redress: null,
    redressCurrency: 'CNY',
    reopenCount: 0,
    team: null,
    history: [],
    ...overrides,
  };
}
