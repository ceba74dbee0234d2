import { gql } from '@apollo/client';

/**
 * The dashboard's figures: value tiers, segments, penetration, take-up; of one
 * segment's members when segmentId is given.
 */
export const ANALYTICS_OVERVIEW_QUERY = gql`
  query AnalyticsOverview($segmentId: ID) {
    analyticsOverview(segmentId: $segmentId) {
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
