import { gql } from '@apollo/client';

/** What the alert queue shows of an alert, in the list and in live pushes. */
export const ALERT_FIELDS = gql`
  fragment AlertFields on Alert {
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
`;

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
          ...AlertFields
        }
      }
    }
  }
  ${ALERT_FIELDS}
`;
