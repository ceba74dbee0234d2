import { gql } from '@apollo/client';

import { RECORD_ERROR_FIELDS } from '@/features/records/api/recordErrorFields';

export const RECORD_CONSENT_MUTATION = gql`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      __typename
      ... on ConsentState {
        purpose
        granted
      }
      ...RecordErrorFields
    }
  }
  ${RECORD_ERROR_FIELDS}
`;
