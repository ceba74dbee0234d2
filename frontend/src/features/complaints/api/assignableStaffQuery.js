import { gql } from '@apollo/client';

/** The handlers the signed-in user may give this complaint to. */
export const ASSIGNABLE_STAFF_QUERY = gql`
  query AssignableStaff($complaintId: ID) {
    assignableStaff(complaintId: $complaintId) {
      username
      displayName
    }
  }
`;
