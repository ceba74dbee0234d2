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

/**
 * What the customer page shows of any typed error an erasure mutation answers
 * with: the holds of a refusal, the version of a conflict, the permission
 * missing. On the `Error` interface, so the cache needs `possibleTypes`.
 */
export const ERASURE_ERROR_FIELDS = gql`
  fragment ErasureErrorFields on Error {
    code
    message
    ... on ErasureHeldError {
      ...ErasureHeldFields
    }
    ... on ConflictError {
      currentVersion
    }
    ... on PermissionDeniedError {
      permission
    }
  }
  ${ERASURE_HELD_FIELDS}
`;
