/** Graph objects of the risk screens as the server returns them. */

export const CUSTOMER_ID = 'Q3VzdG9tZXI6MQ==';
const money = (amount) => ({ __typename: 'Money', amount, currency: 'CNY' });

export function assessment(overrides = {}) {
  return {
    __typename: 'CreditAssessment',
    id: 'Q3JlZGl0QXNzZXNzbWVudDox',
    grade: 'B',
    status: 'PENDING',
    createdAt: '2026-12-01T08:00:00Z',
    createdBy: 'officer-a',
    modelVersion: 'v0001',
    currency: 'CNY',
    probability: 0.0731,
    points: 612,
    factors: [
      {
        __typename: 'CreditFactor',
        input: 'Income',
        effect: -0.4,
        en: 'Monthly income is high (210), lowering the risk',
        zh: '月收入偏高（210），风险下降',
      },
    ],
    recommendedLimit: money('150000.00'),
    limitBasis: limitBasis(),
    decision: null,
    ...overrides,
  };
}

export function limitBasis(overrides = {}) {
  return {
    __typename: 'CreditLimitBasis',
    basis: 'RECORDED_INCOME',
    monthlyIncome: money('20000.00'),
    months: null,
    inflowMonths: null,
    monthlyObligations: money('1000.00'),
    reason: null,
    maxDebtToIncome: 0.5,
    pdCeiling: 0.4,
    cap: money('500000'),
    ...overrides,
  };
}

export function decision(overrides = {}) {
  return {
    __typename: 'CreditDecision',
    decision: 'APPROVE',
    approvedLimit: money('150000.00'),
    reason: 'Salary account for ten years',
    decidedBy: 'officer-a',
    decidedByName: 'wang.officer',
    decidedAt: '2026-12-01T09:00:00Z',
    needsSecondApprover: true,
    secondApprover: null,
    secondApproverName: null,
    secondApprovedAt: null,
    ...overrides,
  };
}

export function riskOf(latest) {
  return {
    data: {
      customer: {
        __typename: 'Customer',
        id: CUSTOMER_ID,
        latestCreditAssessment: latest,
      },
    },
  };
}

export function alertNode(overrides = {}) {
  return {
    __typename: 'Alert',
    id: 'QWxlcnQ6MQ==',
    score: 0.82,
    status: 'OPEN',
    createdAt: '2026-12-01T03:00:00Z',
    reviewer: null,
    reviewReason: null,
    reasons: [
      {
        __typename: 'AlertReason',
        code: 'amount_spike',
        en: 'Amount 80,000 is 800 times the usual',
        zh: '金额 80,000 为通常水平的 800 倍',
      },
    ],
    customer: {
      __typename: 'Customer',
      id: CUSTOMER_ID,
      customerNo: 'C000000001',
      fullName: '张伟',
    },
    transaction: {
      __typename: 'Transaction',
      id: 'VHJhbnNhY3Rpb246OQ==',
      bookedAt: '2026-12-01T02:00:00Z',
      amount: money('80000.00'),
      direction: 'DEBIT',
      channel: 'MOBILE',
    },
    ...overrides,
  };
}

export function alertsPage(nodes) {
  return {
    data: {
      alerts: {
        __typename: 'AlertConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node, i) => ({
          __typename: 'AlertEdge',
          cursor: `a${i}`,
          node,
        })),
      },
    },
  };
}
