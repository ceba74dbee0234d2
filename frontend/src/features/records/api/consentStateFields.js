import { gql } from '@apollo/client';

/**
 * A customer's consent per purpose. The records card and the offers card both
 * ask for `consents`; the list has no ID, so Apollo keeps one copy per
 * customer, and two different selections would each make the other's answer
 * incomplete and fetch again. Both use this one selection.
 */
export const CONSENT_STATE_FIELDS = gql`
  fragment ConsentStateFields on ConsentState {
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
`;
