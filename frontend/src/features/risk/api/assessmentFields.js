import { gql } from '@apollo/client';

/** What the risk screens show of an assessment; some fields need risk.read. */
export const ASSESSMENT_FIELDS = gql`
  fragment AssessmentFields on CreditAssessment {
    id
    grade
    status
    createdAt
    createdBy
    modelVersion
    currency
    probability
    points
    factors {
      input
      effect
      en
      zh
    }
    recommendedLimit {
      amount
      currency
    }
    limitBasis {
      basis
      monthlyIncome {
        amount
        currency
      }
      months
      inflowMonths
      monthlyObligations {
        amount
        currency
      }
      reason
      maxDebtToIncome
      pdCeiling
      cap {
        amount
        currency
      }
    }
    decision {
      decision
      approvedLimit {
        amount
        currency
      }
      reason
      decidedBy
      decidedByName
      decidedAt
      needsSecondApprover
      secondApprover
      secondApproverName
      secondApprovedAt
    }
  }
`;
