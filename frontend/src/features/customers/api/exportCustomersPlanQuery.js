import { gql } from '@apollo/client';

/** What an export would take away: the row count and the limits that apply. */
export const EXPORT_CUSTOMERS_PLAN_QUERY = gql`
  query ExportCustomersPlan($input: ExportCustomersPlanInput!) {
    exportCustomersPlan(input: $input) {
      rowCount
      personalDataInClear
      clearRowLimit
      maxRows
      allowed
    }
  }
`;
