import { gql } from '@apollo/client';

export const ARCHIVE_CUSTOMER_MUTATION = gql`
  mutation ArchiveCustomer($input: ArchiveCustomerInput!) {
    archiveCustomer(input: $input) {
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
