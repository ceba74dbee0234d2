import { gql } from '@apollo/client';

import { PAYLOAD_ERROR_FIELDS } from '@/lib/payloadMutation';

/**
 * What the records screens show of any typed error a records mutation can
 * answer with (see PayloadProblems). It is on the `Error` interface, so the
 * cache needs `possibleTypes` (src/lib/possibleTypes.js) to match it to each
 * error type.
 */
export const RECORD_ERROR_FIELDS = gql`
  fragment RecordErrorFields on Error {
    ...PayloadErrorFields
  }
  ${PAYLOAD_ERROR_FIELDS}
`;
