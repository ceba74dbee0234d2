import { gql } from '@apollo/client';

export const DELETE_SAVED_VIEW_MUTATION = gql`
  mutation DeleteSavedView($input: DeleteSavedViewInput!) {
    deleteSavedView(input: $input) {
      __typename
      ... on DeletedSavedView {
        id
      }
      ... on NotFoundError {
        code
        message
      }
      ... on RefusedError {
        code
        message
      }
      ... on PermissionDeniedError {
        code
        message
        permission
      }
    }
  }
`;
