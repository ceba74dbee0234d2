import { gql } from '@apollo/client';

/** Active segments to filter the customer list by (null without segment.read). */
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
