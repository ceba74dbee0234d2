import { gql } from '@apollo/client';

import {
  ERASURE_HELD_FIELDS,
  ERASURE_REQUEST_FIELDS,
} from '@/features/customers/api/erasureRequestFields';

export const APPROVE_ERASURE_REQUEST_MUTATION = gql`
  mutation ApproveErasureRequest($input: ApproveErasureRequestInput!) {
    approveErasureRequest(input: $input) {
      __typename
      ... on ErasureRequest {
        ...ErasureRequestFields
      }
      ... on ErasureHeldError {
        ...ErasureHeldFields
      }
      ... on RefusedError {
        code
        message
      }
      ... on ConflictError {
        code
        message
        currentVersion
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
  ${ERASURE_HELD_FIELDS}
`;
