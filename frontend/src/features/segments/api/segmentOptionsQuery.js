import { gql } from '@apollo/client';

/** Active segments to narrow a list or a dashboard by (null without segment.read). */
export const SEGMENT_OPTIONS_QUERY = gql`
  query SegmentOptions {
    segments(first: 100) {
      edges {
        node {
          id
          name
          nameEn
          kind
        }
      }
    }
  }
`;
