import { gql } from '@apollo/client';

import {
  ERASURE_HELD_FIELDS,
  ERASURE_REQUEST_FIELDS,
} from '@/features/customers/api/erasureRequestFields';

export const REQUEST_ERASURE_MUTATION = gql`
  mutation RequestErasure($input: RequestErasureInput!) {
    requestErasure(input: $input) {
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
  ${ERASURE_HELD_FIELDS}
`;
