import { gql } from '@apollo/client';

import { SAVED_VIEW_FIELDS } from '@/features/customers/api/savedViewFields';

export const SAVE_VIEW_MUTATION = gql`
  mutation SaveView($input: SaveViewInput!) {
    saveView(input: $input) {
      __typename
      ... on SavedView {
        ...SavedViewFields
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
        permission
      }
    }
  }
  ${SAVED_VIEW_FIELDS}
`;
