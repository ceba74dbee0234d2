import { gql } from '@apollo/client';

import { COMPLAINT_ERROR_FIELDS } from '@/features/complaints/api/complaintErrorFields';
import { COMPLAINT_SUMMARY_FIELDS } from '@/features/complaints/api/complaintFields';

export const ESCALATE_MUTATION = gql`
  mutation EscalateComplaint($input: EscalateComplaintInput!) {
    escalateComplaint(input: $input) {
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
