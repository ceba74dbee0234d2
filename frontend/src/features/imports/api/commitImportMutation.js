import { gql } from '@apollo/client';

import { IMPORT_REPORT_FIELDS } from '@/features/imports/api/importReportFields';

export const COMMIT_IMPORT_MUTATION = gql`
  ${IMPORT_REPORT_FIELDS}
  mutation CommitImport($input: CommitImportInput!) {
    commitImport(input: $input) {
      __typename
      ... on ImportReport {
        ...ImportReportFields
      }
      ... on ValidationError {
        code
        message
        fields {
          field
          code
          message
          column
          target
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
