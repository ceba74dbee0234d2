import { gql } from '@apollo/client';

export const EXPORT_CUSTOMERS_MUTATION = gql`
  mutation ExportCustomers($input: ExportCustomersInput!) {
    exportCustomers(input: $input) {
      __typename
      ... on ExportFile {
        fileName
        contentType
        contentBase64
        rowCount
      }
      ... on ExportTooLargeError {
        code
        message
        rowCount
        clearRowLimit
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
      ... on PermissionDeniedError {
        code
        message
        permission
      }
    }
  }
`;
