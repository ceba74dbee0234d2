import { gql } from '@apollo/client';

import { ERASURE_REQUEST_FIELDS } from '@/features/customers/api/erasureRequestFields';

/**
 * Pending erasure requests of the customers the user may see, oldest first.
 * Of the customer only its number: the queue shows no personal data.
 */
export const ERASURE_QUEUE_QUERY = gql`
  query ErasureQueue($first: Int!, $after: String) {
    erasureRequests(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ErasureRequestFields
          customer {
            id
            customerNo
          }
        }
      }
    }
  }
  ${ERASURE_REQUEST_FIELDS}
`;
