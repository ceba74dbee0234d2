import { gql } from '@apollo/client';

import { CUSTOMER_FIELDS } from '@/features/customers/api/customerFields';

export const CUSTOMER_FOR_EDIT_QUERY = gql`
  query CustomerForEdit($id: ID!) {
    customer(id: $id) {
      ...CustomerFields
    }
  }
  ${CUSTOMER_FIELDS}
`;
