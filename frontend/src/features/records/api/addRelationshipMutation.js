import { gql } from '@apollo/client';

export const ADD_RELATIONSHIP_MUTATION = gql`
  mutation AddRelationship($input: AddRelationshipInput!) {
    addRelationship(input: $input) {
      __typename
      ... on CustomerRelationship {
        id
        role
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
