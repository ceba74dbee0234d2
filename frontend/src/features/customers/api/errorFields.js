import { gql } from '@apollo/client';

export const VALIDATION_ERROR_FIELDS = gql`
  fragment ValidationErrorFields on ValidationError {
    code
    message
    fields {
      field
      code
      message
    }
  }
`;

export const DUPLICATE_ERROR_FIELDS = gql`
  fragment DuplicateErrorFields on DuplicateCustomerError {
    code
    message
    candidates {
      score
      reasons
      customer {
        id
        customerNo
        fullName
        nameLatin
        birthDate
        branch {
          id
          name
          nameEn
        }
      }
    }
  }
`;
