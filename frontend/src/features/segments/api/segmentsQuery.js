import { gql } from '@apollo/client';

/** Active segments with their profiles, oldest first. */
export const SEGMENTS_QUERY = gql`
  query Segments {
    segments(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          nameEn
          kind
          size
          refreshedAt
          profile {
            en
            zh
          }
        }
      }
    }
  }
`;
