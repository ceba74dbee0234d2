import { gql } from '@apollo/client';

export const CREATE_INVITATION_MUTATION = gql`
  mutation CreateSurveyInvitation($input: CreateSurveyInvitationInput!) {
    createSurveyInvitation(input: $input) {
      __typename
      ... on SurveyInvitationCreated {
        url
        invitation {
          id
          kind
          expiresAt
        }
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
