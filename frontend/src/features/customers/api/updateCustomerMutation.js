import { gql } from '@apollo/client';

import { CUSTOMER_FIELDS } from '@/features/customers/api/customerFields';
import {
  DUPLICATE_ERROR_FIELDS,
  VALIDATION_ERROR_FIELDS,
} from '@/features/customers/api/errorFields';

export const UPDATE_CUSTOMER_MUTATION = gql`
  mutation UpdateCustomer($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      __typename
      ... on Customer {
        ...CustomerFields
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
      ... on DuplicateCustomerError {
        ...DuplicateErrorFields
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
      ... on RefusedError {
        code
        message
      }
    }
  }
  ${CUSTOMER_FIELDS}
  ${VALIDATION_ERROR_FIELDS}
  ${DUPLICATE_ERROR_FIELDS}
`;
