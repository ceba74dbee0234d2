import { gql } from '@apollo/client';

import { PAYLOAD_ERROR_FIELDS } from '@/lib/payloadMutation';

/**
 * What the complaint screens show of any typed error a workflow mutation can
 * answer with. It is on the `Error` interface, so the cache needs
 * `possibleTypes` (src/lib/possibleTypes.js) to match it to each error type.
 */
export const COMPLAINT_ERROR_FIELDS = gql`
  fragment ComplaintErrorFields on Error {
    ...PayloadErrorFields
    ... on InvalidTransitionError {
      currentState
      requested
      allowedSteps
    }
  }
  ${PAYLOAD_ERROR_FIELDS}
`;
