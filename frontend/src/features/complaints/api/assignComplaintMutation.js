import { gql } from '@apollo/client';

import { COMPLAINT_SUMMARY_FIELDS } from '@/features/complaints/api/complaintFields';

export const ASSIGN_COMPLAINT_MUTATION = gql`
  mutation AssignComplaint($input: AssignComplaintInput!) {
    assignComplaint(input: $input) {
      __typename
      ... on Complaint {
        ...ComplaintSummaryFields
      }
      ... on ConflictError {
        code
        message
        currentVersion
      }
      ... on InvalidTransitionError {
        code
        message
        currentState
        requested
        allowedSteps
      }
      ... on ValidationError {
        code
        message
        fields {
          field
          code
          message
        }
      }
      ... on PermissionDeniedError {
        code
        message
        permission
      }
      ... on NotFoundError {
        code
        message
      }
    }
  }
  ${COMPLAINT_SUMMARY_FIELDS}
`;
