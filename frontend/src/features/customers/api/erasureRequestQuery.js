import { gql } from '@apollo/client';

import { ERASURE_REQUEST_FIELDS } from '@/features/customers/api/erasureRequestFields';

/** The customer's erasure request awaiting a second person, if any. */
export const ERASURE_REQUEST_QUERY = gql`
  query CustomerErasureRequest($id: ID!) {
    customer(id: $id) {
      id
      pendingErasureRequest {
        ...ErasureRequestFields
      }
    }
  }
  ${ERASURE_REQUEST_FIELDS}
`;
