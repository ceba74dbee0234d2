import { gql } from '@apollo/client';

import { SAVED_VIEW_FIELDS } from '@/features/customers/api/savedViewFields';

export const UPDATE_SAVED_VIEW_MUTATION = gql`
  mutation UpdateSavedView($input: UpdateSavedViewInput!) {
    updateSavedView(input: $input) {
      __typename
      ... on SavedView {
        ...SavedViewFields
      }
      ... on Error {
        code
        message
      }
      ... on ValidationError {
        fields {
          field
          code
          message
        }
      }
    }
  }
  ${SAVED_VIEW_FIELDS}
`;
