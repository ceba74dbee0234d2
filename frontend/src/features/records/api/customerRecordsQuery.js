import { gql } from '@apollo/client';

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
        version
      }
      consents {
        purpose
        granted
        latest {
          granted
          channel
          recordedAt
          recordedBy
          recordedByName
          expiresOn
        }
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
`;
