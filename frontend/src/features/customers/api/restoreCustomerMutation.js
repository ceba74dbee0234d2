import { gql } from '@apollo/client';

export const RESTORE_CUSTOMER_MUTATION = gql`
  mutation RestoreCustomer($input: RestoreCustomerInput!) {
    restoreCustomer(input: $input) {
      __typename
      ... on Customer {
        id
        version
        archivedAt
        updatedAt
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
`;
