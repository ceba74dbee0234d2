import { gql } from '@apollo/client';

import { COMPLAINT_SUMMARY_FIELDS } from '@/features/complaints/api/complaintFields';

export const START_INVESTIGATION_MUTATION = gql`
  mutation StartInvestigation($input: StartInvestigationInput!) {
    startInvestigation(input: $input) {
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
