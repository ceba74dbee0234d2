import { gql } from '@apollo/client';

/**
 * What the complaint screens show of any typed error a workflow mutation can
 * answer with. It is on the `Error` interface, so the cache needs
 * `possibleTypes` (src/lib/possibleTypes.js) to match it to each error type.
 */
export const COMPLAINT_ERROR_FIELDS = gql`
  fragment ComplaintErrorFields on Error {
    code
    message
    ... on ConflictError {
      currentVersion
    }
    ... on InvalidTransitionError {
      currentState
      requested
      allowedSteps
    }
    ... on ValidationError {
      fields {
        field
        code
        message
      }
    }
    ... on PermissionDeniedError {
      permission
    }
  }
`;
