import { gql } from '@apollo/client';

export const LOG_INTERACTION_MUTATION = gql`
  mutation LogInteraction($input: LogInteractionInput!) {
    logInteraction(input: $input) {
      __typename
      ... on Interaction {
        id
        channel
        purpose
        occurredAt
      }
      ... on ValidationError {
        code
        message
        fields {
          field
          code
          message
        }
      }
      ... on PermissionDeniedError {
        code
        message
      }
      ... on NotFoundError {
        code
        message
      }
    }
  }
`;
