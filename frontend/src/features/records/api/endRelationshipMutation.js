import { gql } from '@apollo/client';

export const END_RELATIONSHIP_MUTATION = gql`
  mutation EndRelationship($input: EndRelationshipInput!) {
    endRelationship(input: $input) {
      __typename
      ... on CustomerRelationship {
        id
        endedAt
      }
      ... on ConflictError {
        code
        message
        currentVersion
      }
      ... on NotFoundError {
        code
        message
      }
      ... on PermissionDeniedError {
        code
        message
        permission
      }
    }
  }
`;
