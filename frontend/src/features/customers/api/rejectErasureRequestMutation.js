import { gql } from '@apollo/client';

import { ERASURE_REQUEST_FIELDS } from '@/features/customers/api/erasureRequestFields';

export const REJECT_ERASURE_REQUEST_MUTATION = gql`
  mutation RejectErasureRequest($input: RejectErasureRequestInput!) {
    rejectErasureRequest(input: $input) {
      __typename
      ... on ErasureRequest {
        ...ErasureRequestFields
      }
      ... on RefusedError {
        code
        message
      }
      ... on ValidationError {
        code
        message
      }
      ... on NotFoundError {
        code
        message
      }
      ... on PermissionDeniedError {
        code
        message
        permission
      }
    }
  }
  ${ERASURE_REQUEST_FIELDS}
`;
