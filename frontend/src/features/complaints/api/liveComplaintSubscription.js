import { gql } from '@apollo/client';

import { COMPLAINT_SUMMARY_FIELDS } from '@/features/complaints/api/complaintFields';

export const LIVE_COMPLAINT_SUBSCRIPTION = gql`
  subscription ComplaintChanged($queue: ComplaintQueue) {
    complaintChanged(queue: $queue) {
      kind
      inQueue
      complaint {
        ...ComplaintSummaryFields
      }
    }
  }
  ${COMPLAINT_SUMMARY_FIELDS}
`;
