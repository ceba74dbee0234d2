import { gql } from '@apollo/client';

import { COMPLAINT_SUMMARY_FIELDS } from '@/features/complaints/api/complaintFields';

export const COMPLAINT_QUERY = gql`
  query Complaint($id: ID!) {
    complaint(id: $id) {
      ...ComplaintSummaryFields
      customer {
        id
        erasedAt
      }
      description
      acknowledgeDueAt
      resolveDueAt
      acknowledgedAt
      resolvedAt
      closedAt
      outcome
      rootCause
      redress {
        amount
        currency
      }
      redressCurrency
      reopenCount
      team {
        id
        code
        name
      }
      history {
        id
        kind
        fromStatus
        toStatus
        actor
        actorName
        at
        reason
      }
    }
  }
  ${COMPLAINT_SUMMARY_FIELDS}
`;
