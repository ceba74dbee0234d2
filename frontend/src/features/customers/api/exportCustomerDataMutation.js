import { gql } from '@apollo/client';

export const EXPORT_CUSTOMER_DATA_MUTATION = gql`
  mutation ExportCustomerData($input: ExportCustomerDataInput!) {
    exportCustomerData(input: $input) {
      __typename
      ... on ExportFile {
        fileName
        contentType
        contentBase64
        rowCount
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
