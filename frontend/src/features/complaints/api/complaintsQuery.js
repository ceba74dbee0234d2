import { gql } from '@apollo/client';

import { COMPLAINT_SUMMARY_FIELDS } from '@/features/complaints/api/complaintFields';

export const COMPLAINTS_QUERY = gql`
  query Complaints($queue: ComplaintQueue!, $first: Int, $after: String) {
    complaints(queue: $queue, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ComplaintSummaryFields
        }
      }
    }
  }
  ${COMPLAINT_SUMMARY_FIELDS}
`;
