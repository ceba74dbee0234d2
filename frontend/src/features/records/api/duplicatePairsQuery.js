import { gql } from '@apollo/client';

/** Likely duplicate pairs, best first; the merge screen keeps one customer's. */
export const DUPLICATE_PAIRS_QUERY = gql`
  query DuplicatePairs {
    duplicateCandidates(first: 100) {
      edges {
        node {
          score
          reasons
          first {
            id
          }
          second {
            id
          }
        }
      }
    }
  }
`;
