import { gql } from '@apollo/client';

export const IMPORT_REPORT_FIELDS = gql`
  fragment ImportReportFields on ImportReport {
    jobId
    dryRun
    status
    totalRows
    validRows
    createdRows
    existingRows
    updatedRows
    unchangedRows
    commitMode
    writtenRows
    skippedRows
    unmappedColumns
    ignoredColumns
    skipped {
      row
      reasons
    }
    problems {
      row
      column
      field
      value
      valueKind
      code
      message
    }
    duplicates {
      row
      otherRow
      score
      reasons
    }
    outcomes {
      row
      action
      customerNo
      version
      changes {
        field
        old
        new
      }
    }
  }
`;
