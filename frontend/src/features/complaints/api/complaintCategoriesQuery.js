import { gql } from '@apollo/client';

export const COMPLAINT_CATEGORIES_QUERY = gql`
  query ComplaintCategories {
    complaintCategories {
      id
      code
      product
      issue
      productZh
      issueZh
    }
    complaintTeams {
      id
      code
      name
    }
  }
`;
