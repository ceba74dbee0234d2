import { gql } from '@apollo/client';

/** Everything the profile and the edit form show about one customer. */
export const CUSTOMER_FIELDS = gql`
  fragment CustomerFields on Customer {
    id
    customerNo
    kind
    fullName
    familyName
    givenName
    nameLatin
    gender
    birthDate
    birthYear
    nationality
    idType
    idNumber
    occupation
    employer
    education
    maritalStatus
    mobilePhone
    email
    address
    annualIncome {
      amount
      currency
    }
    assets {
      amount
      currency
    }
    liabilities {
      amount
      currency
    }
    status
    kycStatus
    tags
    customAttributes
    branch {
      id
      code
      name
      nameEn
    }
    relationshipManager
    source
    createdAt
    updatedAt
    version
    archivedAt
    erasedAt
  }
`;

/** What archiving or restoring a customer changes. */
export const ARCHIVE_STATE_FIELDS = gql`
  fragment ArchiveStateFields on Customer {
    id
    version
    archivedAt
    updatedAt
  }
`;
