import { gql } from '@apollo/client';

export const FILE_COMPLAINT_MUTATION = gql`
  mutation FileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      __typename
      ... on Complaint {
        id
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
      }
      ... on NotFoundError {
        code
        message
      }
    }
  }
`;
