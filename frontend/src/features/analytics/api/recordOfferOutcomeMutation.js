import { gql } from '@apollo/client';

/** The customer took up or turned down an offer. */
export const RECORD_OFFER_OUTCOME_MUTATION = gql`
  mutation RecordRecommendationOutcome($input: RecordRecommendationOutcomeInput!) {
    recordRecommendationOutcome(input: $input) {
      __typename
      ... on Recommendation {
        id
        status
        decidedAt
      }
      ... on ValidationError {
        code
        message
        fields {
          field
          code
          message
        }
      }
      ... on NotFoundError {
        code
        message
      }
      ... on ConsentWithdrawnError {
        code
        message
        expired
        since
      }
      ... on PermissionDeniedError {
        code
        message
        permission
      }
    }
  }
`;
