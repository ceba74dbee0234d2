import { gql } from '@apollo/client';

export const CUSTOMERS_QUERY = gql`
  query Customers(
    $filter: CustomerFilter
    $orderBy: CustomerOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    customers(
      filter: $filter
      orderBy: $orderBy
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          customerNo
          kind
          fullName
          nameLatin
          status
          kycStatus
          branch {
            id
            name
            nameEn
          }
          createdAt
          updatedAt
          archivedAt
          completeness {
            score
            complete
          }
        }
      }
    }
  }
`;
