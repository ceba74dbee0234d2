import { gql } from '@apollo/client';

import { IMPORT_REPORT_FIELDS } from '@/features/imports/api/importReportFields';

export const PREVIEW_IMPORT_MUTATION = gql`
  ${IMPORT_REPORT_FIELDS}
  mutation PreviewImport($input: PreviewImportInput!) {
    previewImport(input: $input) {
      __typename
      ... on ImportPreview {
        fileName
        headers
        sampleRows
        estimatedRows
        suggestedMapping {
          column
          target
        }
        mapping {
          column
          target
        }
        unmappedColumns
        ignoredColumns
        mappingProblems {
          field
          code
          message
          column
          target
        }
        report {
          ...ImportReportFields
        }
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
