import { gql } from '@apollo/client';

import { RECORD_ERROR_FIELDS } from '@/features/records/api/recordErrorFields';

export const RETIRE_KYC_DOCUMENT_MUTATION = gql`
  mutation RetireKycDocument($input: RetireKycDocumentInput!) {
    retireKycDocument(input: $input) {
      __typename
      ... on KycDocument {
        id
        status
        version
        verifiedBy
        verifiedByName
        verifiedAt
        retiredReason
      }
      ...RecordErrorFields
    }
  }
  ${RECORD_ERROR_FIELDS}
`;
