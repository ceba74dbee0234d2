import { gql } from '@apollo/client';

import {
  CUSTOMER_FIELDS,
  READ_GRANT_VARIABLES,
} from '@/features/customers/api/customerFields';

export const CUSTOMER_FOR_EDIT_QUERY = gql`
  query CustomerForEdit($id: ID!, ${READ_GRANT_VARIABLES}) {
    customer(id: $id) {
      ...CustomerFields
    }
  }
  ${CUSTOMER_FIELDS}
`;
