import { gql } from '@apollo/client';

/** KYC documents in force that expired already or expire within the days given. */
export const DOCUMENTS_DUE_QUERY = gql`
  query DocumentsDue(
    $withinDays: Int!
    $expired: Boolean!
    $first: Int!
    $after: String
  ) {
    kycDocumentsDue(
      withinDays: $withinDays
      expired: $expired
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          docType
          number
          expiresOn
          expiryState
          status
          customer {
            id
            customerNo
            fullName
          }
        }
      }
    }
  }
`;
