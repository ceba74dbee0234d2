import { gql } from '@apollo/client';

import { CONSENT_STATE_FIELDS } from '@/features/records/api/consentStateFields';

/**
 * A customer's segments, value and offers, for the customer view; the consents
 * tell why there are no offers when marketing consent is withheld (the same
 * selection as the records card's, so the two share the cached list).
 */
export const CUSTOMER_ANALYTICS_QUERY = gql`
  query CustomerAnalytics($id: ID!) {
    customer(id: $id) {
      id
      segments {
        id
        name
        nameEn
        kind
      }
      value {
        asOf
        rfm
        recencyScore
        frequencyScore
        monetaryScore
        tier
        annualMargin {
          amount
          currency
        }
        lifetimeValue {
          amount
          currency
        }
        drivers {
          en
          zh
        }
      }
      consents {
        ...ConsentStateFields
      }
      recommendations {
        id
        rank
        score
        status
        reason {
          en
          zh
        }
        product {
          id
          code
          name
          nameEn
        }
      }
    }
  }
  ${CONSENT_STATE_FIELDS}
`;
