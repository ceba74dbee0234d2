import { gql } from '@apollo/client';

import {
  CUSTOMER_FIELDS,
  READ_GRANT_VARIABLES,
} from '@/features/customers/api/customerFields';

/** The customer's profile, accounts and balances; transactions come apart. */
export const CUSTOMER_QUERY = gql`
  query Customer($id: ID!, ${READ_GRANT_VARIABLES}) {
    customer(id: $id) {
      ...CustomerFields
      accounts(first: 100) {
        totalCount
        edges {
          node {
            id
            number
            currency
            balance {
              amount
              currency
            }
            creditLimit {
              amount
              currency
            }
            openedOn
            closedOn
            status
            product {
              id
              code
              name
              nameEn
              category
            }
          }
        }
      }
      balanceSummary {
        currency
        balance {
          amount
          currency
        }
        accounts
      }
    }
  }
  ${CUSTOMER_FIELDS}
`;
