import { gql } from '@apollo/client';

export const CUSTOMER_TRANSACTIONS_QUERY = gql`
  query CustomerTransactions($id: ID!, $first: Int!, $after: String) {
    customer(id: $id) {
      id
      transactions(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            bookedAt
            amount {
              amount
              currency
            }
            direction
            channel
            category
            counterparty
            description
            account {
              id
              number
            }
          }
        }
      }
    }
  }
`;
