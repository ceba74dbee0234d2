import { gql } from '@apollo/client';

/** What a queue row and the detail header show of a complaint. */
export const COMPLAINT_SUMMARY_FIELDS = gql`
  fragment ComplaintSummaryFields on Complaint {
    id
    status
    severity
    channel
    assignee
    assigneeName
    receivedAt
    dueAt
    atRisk
    breached
    version
    nextSteps
    category {
      id
      code
      product
      issue
      productZh
      issueZh
    }
    customer {
      id
      customerNo
      fullName
    }
  }
`;
