import { gql } from '@apollo/client';

/** What the customer page shows of an erasure request. */
export const ERASURE_REQUEST_FIELDS = gql`
  fragment ErasureRequestFields on ErasureRequest {
    id
    status
    ground
    reference
    requestedBy
    requestedByName
    requestedAt
    requestedByYou
  }
`;

/** The holds a refused request or approval lists. */
export const ERASURE_HELD_FIELDS = gql`
  fragment ErasureHeldFields on ErasureHeldError {
    code
    message
    holds {
      code
      message
      count
      until
    }
  }
`;
