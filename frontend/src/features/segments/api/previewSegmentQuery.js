import { gql } from '@apollo/client';

/** How many customers a rule selects now: the builder's live count. */
export const PREVIEW_SEGMENT_QUERY = gql`
  query PreviewSegment($rule: JSON!) {
    previewSegment(rule: $rule) {
      __typename
      ... on SegmentPreview {
        count
      }
      ... on ValidationError {
        code
        fields {
          field
          code
          message
        }
      }
      ... on PermissionDeniedError {
        code
        permission
      }
    }
  }
`;
