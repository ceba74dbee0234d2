import { gql } from '@apollo/client';

const COMPARED = `
  id
  customerNo
  kind
  version
  archivedAt
  fullName
  familyName
  givenName
  nameLatin
  gender
  birthDate @include(if: $canReadPii)
  nationality
  idType
  idNumber
  mobilePhone
  email
  address
  occupation
  employer
  education
  maritalStatus
  relationshipManager
  branch {
    id
    name
    nameEn
  }
`;

/** Two customers side by side; personal values come masked per permission. */
export const MERGE_COMPARE_QUERY = gql`
  query MergeCompare($a: ID!, $b: ID!, $canReadPii: Boolean! = false) {
    a: customer(id: $a) {
      ${COMPARED}
    }
    b: customer(id: $b) {
      ${COMPARED}
    }
  }
`;
