import { gql } from '@apollo/client';

export const CREATE_SEGMENT_MUTATION = gql`
  mutation CreateSegment($input: CreateSegmentInput!) {
    createSegment(input: $input) {
      __typename
      ... on Segment {
        id
        name
        nameEn
        size
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
    }
  }
`;
