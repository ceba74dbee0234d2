import { gql } from '@apollo/client';

import { ASSESSMENT_FIELDS } from '@/features/risk/api/assessmentFields';

export const ASSESS_CREDIT_RISK_MUTATION = gql`
  mutation AssessCreditRisk($input: AssessCreditRiskInput!) {
    assessCreditRisk(input: $input) {
      __typename
      ...AssessmentFields
      ... on Error {
        code
        message
      }
      ... on ModelNotReadyError {
        command
      }
    }
  }
  ${ASSESSMENT_FIELDS}
`;
