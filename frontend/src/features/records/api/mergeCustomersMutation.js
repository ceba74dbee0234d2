import { gql } from '@apollo/client';

import { RECORD_ERROR_FIELDS } from '@/features/records/api/recordErrorFields';

export const MERGE_CUSTOMERS_MUTATION = gql`
  mutation MergeCustomers($input: MergeCustomersInput!) {
    mergeCustomers(input: $input) {
      __typename
      ... on Customer {
        id
        version
      }
      ...RecordErrorFields
    }
  }
  ${RECORD_ERROR_FIELDS}
`;
