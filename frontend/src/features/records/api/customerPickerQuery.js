import { gql } from '@apollo/client';

/** A few customers matching a search text, for choosing a related one. */
export const CUSTOMER_PICKER_QUERY = gql`
  query CustomerPicker($text: String!) {
    customers(filter: { text: $text }, first: 10) {
      edges {
        node {
          id
          customerNo
          fullName
          kind
        }
      }
    }
  }
`;
