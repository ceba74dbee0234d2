import { gql } from '@apollo/client';

import { PAYLOAD_ERROR_FIELDS } from '@/lib/payloadMutation';

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
        birthDate @include(if: $canReadPii)
        branch {
          id
          name
          nameEn
        }
      }
    }
  }
`;

/** Any typed error of creating or updating a customer, duplicates' candidates too. */
export const CUSTOMER_FORM_ERROR_FIELDS = gql`
  fragment CustomerFormErrorFields on Error {
    ...PayloadErrorFields
    ... on DuplicateCustomerError {
      ...DuplicateErrorFields
    }
  }
  ${PAYLOAD_ERROR_FIELDS}
  ${DUPLICATE_ERROR_FIELDS}
`;
