import { gql } from '@apollo/client';

import { ASSESSMENT_FIELDS } from '@/features/risk/api/assessmentFields';

export const DECIDE_ASSESSMENT_MUTATION = gql`
  mutation DecideCreditAssessment($input: DecideCreditAssessmentInput!) {
    decideCreditAssessment(input: $input) {
      __typename
      ...AssessmentFields
      ... on Error {
        code
        message
      }
      ... on ValidationError {
        fields {
          field
          code
          message
        }
      }
    }
  }
  ${ASSESSMENT_FIELDS}
`;
