import { gql } from '@apollo/client';

export const REVIEW_ALERT_MUTATION = gql`
  mutation ReviewAlert($input: ReviewAlertInput!) {
    reviewAlert(input: $input) {
      __typename
      ... on Alert {
        id
        status
        reviewer
        reviewReason
      }
      ... on Error {
        code
        message
      }
    }
  }
`;
