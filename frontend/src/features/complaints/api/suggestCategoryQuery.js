import { gql } from '@apollo/client';

export const SUGGEST_CATEGORY_QUERY = gql`
  query SuggestComplaintCategory($text: String!) {
    suggestComplaintCategory(text: $text) {
      category {
        id
        product
        issue
      }
      product
      issue
      productConfidence
      issueConfidence
    }
  }
`;
