import { gql } from '@apollo/client';

export const ALERTS_QUERY = gql`
  query Alerts($status: [AlertStatus!], $first: Int!, $after: String) {
    alerts(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          score
          status
          createdAt
          reviewer
          reviewReason
          reasons {
            code
            en
            zh
          }
          customer {
            id
            customerNo
            fullName
          }
          transaction {
            id
            bookedAt
            amount {
              amount
              currency
            }
            direction
            channel
          }
        }
      }
    }
  }
`;
