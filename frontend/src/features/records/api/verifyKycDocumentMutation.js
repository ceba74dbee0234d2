import { gql } from '@apollo/client';

import { RECORD_ERROR_FIELDS } from '@/features/records/api/recordErrorFields';

export const VERIFY_KYC_DOCUMENT_MUTATION = gql`
  mutation VerifyKycDocument($input: VerifyKycDocumentInput!) {
    verifyKycDocument(input: $input) {
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
