import { gql } from '@apollo/client';

export const BRANCHES_QUERY = gql`
  query Branches {
    branches {
      id
      code
      name
      nameEn
      city
    }
  }
`;
