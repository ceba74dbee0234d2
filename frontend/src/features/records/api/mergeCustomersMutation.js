import { gql } from '@apollo/client';

export const MERGE_CUSTOMERS_MUTATION = gql`
  mutation MergeCustomers($input: MergeCustomersInput!) {
    mergeCustomers(input: $input) {
      __typename
      ... on Customer {
        id
        version
      }
      ... on ValidationError {
        code
        message
        fields {
          field
          code
          message
        }
      }
      ... on NotFoundError {
        code
        message
      }
      ... on ConflictError {
        code
        message
        currentVersion
      }
      ... on PermissionDeniedError {
        code
        message
        permission
      }
    }
  }
`;
