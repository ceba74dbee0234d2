import { gql } from '@apollo/client';

import { CUSTOMER_FIELDS } from '@/features/customers/api/customerFields';
import {
  DUPLICATE_ERROR_FIELDS,
  VALIDATION_ERROR_FIELDS,
} from '@/features/customers/api/errorFields';

export const CREATE_CUSTOMER_MUTATION = gql`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
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
      ... on PermissionDeniedError {
        code
        message
        permission
      }
    }
  }
  ${CUSTOMER_FIELDS}
  ${VALIDATION_ERROR_FIELDS}
  ${DUPLICATE_ERROR_FIELDS}
`;
