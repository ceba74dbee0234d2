import { gql } from '@apollo/client';

import { COMPLAINT_ERROR_FIELDS } from '@/features/complaints/api/complaintErrorFields';
import { COMPLAINT_SUMMARY_FIELDS } from '@/features/complaints/api/complaintFields';

export const CLOSE_MUTATION = gql`
  mutation CloseComplaint($input: CloseComplaintInput!) {
    closeComplaint(input: $input) {
      __typename
      ... on Complaint {
        ...ComplaintSummaryFields
      }
      ...ComplaintErrorFields
    }
  }
  ${COMPLAINT_SUMMARY_FIELDS}
  ${COMPLAINT_ERROR_FIELDS}
`;
