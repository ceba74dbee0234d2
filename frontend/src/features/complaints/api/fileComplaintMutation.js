import { gql } from '@apollo/client';

import { COMPLAINT_ERROR_FIELDS } from '@/features/complaints/api/complaintErrorFields';

export const FILE_COMPLAINT_MUTATION = gql`
  mutation FileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      __typename
      ... on Complaint {
        id
      }
      ...ComplaintErrorFields
    }
  }
  ${COMPLAINT_ERROR_FIELDS}
`;
