import { gql } from '@apollo/client';

export const COMPLAINT_CATEGORIES_QUERY = gql`
  query ComplaintCategories {
    complaintCategories {
      id
      product
      issue
    }
    complaintTeams {
      id
      code
      name
    }
  }
`;
