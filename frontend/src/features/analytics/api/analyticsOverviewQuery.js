import { gql } from '@apollo/client';

/** The dashboard's figures: value tiers, segments, penetration, take-up. */
export const ANALYTICS_OVERVIEW_QUERY = gql`
  query AnalyticsOverview {
    analyticsOverview {
      customers
      refreshedAt
      valueTiers {
        tier
        customers
      }
      segments {
        customers
        segment {
          id
          name
          nameEn
          kind
        }
      }
      productPenetration {
        customers
        share
        product {
          id
          code
          name
          nameEn
        }
      }
      recommendations {
        offered
        accepted
        declined
        acceptanceRate
      }
    }
  }
`;
