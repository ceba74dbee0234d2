import { gql } from '@apollo/client';

import { COMPLAINT_ERROR_FIELDS } from '@/features/complaints/api/complaintErrorFields';
import { COMPLAINT_SUMMARY_FIELDS } from '@/features/complaints/api/complaintFields';

export const ADD_COMMENT_MUTATION = gql`
  mutation CommentOnComplaint($input: CommentOnComplaintInput!) {
    commentOnComplaint(input: $input) {
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
