import { gql } from '@apollo/client';

import {
  ERASURE_ERROR_FIELDS,
  ERASURE_REQUEST_FIELDS,
} from '@/features/customers/api/erasureRequestFields';

export const APPROVE_ERASURE_MUTATION = gql`
  mutation ApproveErasureRequest($input: ApproveErasureRequestInput!) {
    approveErasureRequest(input: $input) {
      __typename
      ... on ErasureRequest {
        ...ErasureRequestFields
      }
      ... on Error {
        ...ErasureErrorFields
      }
    }
  }
  ${ERASURE_REQUEST_FIELDS}
  ${ERASURE_ERROR_FIELDS}
`;
