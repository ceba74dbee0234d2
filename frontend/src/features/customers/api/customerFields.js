import { gql } from '@apollo/client';

/**
 * The variables the fields behind a permission are asked for by
 * (`@include(if:)`): an operation spreading CustomerFields declares them, and
 * the screen passes `readGrants(me)`. Unset, they ask for nothing withheld.
 */
export const READ_GRANT_VARIABLES =
  '$canReadPii: Boolean! = false, $canReadFinancial: Boolean! = false';

/**
 * Everything the profile and the edit form show about one customer. The fields
 * the role may not read are not asked for at all (no FORBIDDEN error); a screen
 * tells such an absent field (undefined) from an empty one (null).
 */
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
    birthDate @include(if: $canReadPii)
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
    annualIncome @include(if: $canReadFinancial) {
      amount
      currency
    }
    assets @include(if: $canReadFinancial) {
      amount
      currency
    }
    liabilities @include(if: $canReadFinancial) {
      amount
      currency
    }
    status
    kycStatus
    tags
    customAttributes @include(if: $canReadFinancial)
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
