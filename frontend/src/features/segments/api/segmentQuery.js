import { gql } from '@apollo/client';

/** One segment: definition, figures beside the base, a page of members. */
export const SEGMENT_QUERY = gql`
  query Segment($id: ID!, $after: String) {
    segment(id: $id) {
      id
      name
      nameEn
      kind
      version
      description
      rule
      size
      modelVersion
      refreshedAt
      profile {
        en
        zh
      }
      figures {
        feature
        value
        base
      }
      members(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            customerNo
            fullName
            status
          }
        }
      }
    }
  }
`;
