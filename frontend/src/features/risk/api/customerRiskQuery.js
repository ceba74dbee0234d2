import { gql } from '@apollo/client';

import { ASSESSMENT_FIELDS } from '@/features/risk/api/assessmentFields';

export const CUSTOMER_RISK_QUERY = gql`
  query CustomerRisk($id: ID!) {
    customer(id: $id) {
      id
      latestCreditAssessment {
        ...AssessmentFields
      }
    }
  }
  ${ASSESSMENT_FIELDS}
`;
