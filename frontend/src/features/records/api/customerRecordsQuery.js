import { gql } from '@apollo/client';

import { CONSENT_STATE_FIELDS } from '@/features/records/api/consentStateFields';

/** Completeness, KYC documents, consents and relationships of one customer. */
export const CUSTOMER_RECORDS_QUERY = gql`
  query CustomerRecords($id: ID!) {
    customer(id: $id) {
      id
      kind
      completeness {
        score
        complete
        missingRequired
        missingRecommended
      }
      kycDocuments {
        id
        docType
        number
        issuingCountry
        issuedOn
        expiresOn
        expiryState
        status
        verifiedBy
        verifiedByName
        verifiedAt
        retiredReason
        createdBy
        version
      }
      consents {
        ...ConsentStateFields
      }
      relationships {
        id
        role
        kind
        startedOn
        restricted
        customer {
          id
          customerNo
          fullName
        }
      }
    }
  }
  ${CONSENT_STATE_FIELDS}
`;
