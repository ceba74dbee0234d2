import { gql } from '@apollo/client';

/** Customers to pick from when filing a complaint. */
export const CUSTOMER_SEARCH_QUERY = gql`
  query ComplaintCustomerSearch($text: String!) {
    customers(filter: { text: $text }, first: 10) {
      edges {
        node {
          id
          customerNo
          fullName
        }
      }
    }
  }
`;
