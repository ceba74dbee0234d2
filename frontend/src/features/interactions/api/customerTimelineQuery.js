import { gql } from '@apollo/client';

export const CUSTOMER_TIMELINE_QUERY = gql`
  query CustomerTimeline($id: ID!, $first: Int, $after: String) {
    customer(id: $id) {
      id
      timeline(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            kind
            at
            item {
              __typename
              ... on Interaction {
                id
                channel
                interactionDirection: direction
                purpose
                summary
                staff
                staffName
              }
              ... on ComplaintEvent {
                id
                kind
                toStatus
                reason
                complaintId
              }
              ... on SurveyResponse {
                id
                surveyKind: kind
                score
                comment
              }
              ... on Account {
                id
                number
                currency
                openedOn
              }
              ... on Transaction {
                id
                amount {
                  amount
                  currency
                }
                direction
                category
              }
            }
          }
        }
      }
    }
  }
`;
