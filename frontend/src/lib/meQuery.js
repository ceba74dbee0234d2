import { gql } from '@apollo/client';

/** Who is signed in and what they may do; asked once, then read from cache. */
export const ME_QUERY = gql`
  query Me {
    me {
      subject
      kind
      username
      displayName
      roles
      permissions
      team
      branch {
        id
        code
        name
        nameEn
      }
    }
  }
`;
