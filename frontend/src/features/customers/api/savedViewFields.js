import { gql } from '@apollo/client';

/** What the list needs of a saved view to reopen it, and whose it is. */
export const SAVED_VIEW_FIELDS = gql`
  fragment SavedViewFields on SavedView {
    id
    name
    columns
    visibility
    owner
    mine
    filter {
      status
      kycStatus
      kind
      branchId
      archived
      segmentId
      complete
    }
    orderBy {
      field
      direction
    }
  }
`;
