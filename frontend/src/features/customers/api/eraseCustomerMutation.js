import { gql } from '@apollo/client';

export const ERASE_CUSTOMER_MUTATION = gql`
  mutation EraseCustomer($input: EraseCustomerInput!) {
    eraseCustomer(input: $input) {
      __typename
      ... on Customer {
        id
        fullName
        version
        status
        archivedAt
        erasedAt
        updatedAt
      }
      ... on ErasureHeldError {
        code
        message
        holds {
          code
          message
          count
          until
        }
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
`;
