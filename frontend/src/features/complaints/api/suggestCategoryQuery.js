import { gql } from '@apollo/client';

export const SUGGEST_CATEGORY_QUERY = gql`
  query SuggestComplaintCategory($text: String!) {
    suggestComplaintCategory(text: $text) {
      category {
        id
        code
        product
        issue
        productZh
        issueZh
      }
      product
      issue
      productZh
      issueZh
      productConfidence
      issueConfidence
    }
  }
`;
