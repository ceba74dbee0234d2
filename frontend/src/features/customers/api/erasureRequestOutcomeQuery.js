import { gql } from '@apollo/client';

/**
 * How a request the page showed was decided, and by whom: asked when it is
 * no longer pending (decided in another tab or by a colleague).
 */
export const ERASURE_REQUEST_OUTCOME_QUERY = gql`
  query ErasureRequestOutcome($id: ID!) {
    node(id: $id) {
      id
      ... on ErasureRequest {
        status
        decidedBy
        decidedByName
        decidedAt
      }
    }
  }
`;
