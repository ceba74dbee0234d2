import { gql } from '@apollo/client';

export const RENAME_SEGMENT_MUTATION = gql`
  mutation RenameSegment($input: RenameSegmentInput!) {
    renameSegment(input: $input) {
      __typename
      ... on Segment {
        id
        name
        nameEn
        version
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
