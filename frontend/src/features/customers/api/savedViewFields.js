import { gql } from '@apollo/client';

/** What the list needs of a saved view to reopen it. */
export const SAVED_VIEW_FIELDS = gql`
  fragment SavedViewFields on SavedView {
    id
    name
    filter {
      text
      status
      kind
      branchId
      archived
      segmentId
    }
    orderBy {
      field
      direction
    }
  }
`;
