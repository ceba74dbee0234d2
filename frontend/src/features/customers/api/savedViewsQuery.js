import { gql } from '@apollo/client';

import { SAVED_VIEW_FIELDS } from '@/features/customers/api/savedViewFields';

/** The signed-in staff member's saved views of the list, by name. */
export const SAVED_VIEWS_QUERY = gql`
  query SavedViews {
    savedViews(first: 50) {
      edges {
        node {
          ...SavedViewFields
        }
      }
    }
  }
  ${SAVED_VIEW_FIELDS}
`;
