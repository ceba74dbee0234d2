import { gql } from '@apollo/client';

export const SERVICE_DASHBOARD_QUERY = gql`
  query ServiceDashboard($from: DateTime!, $surveysFrom: DateTime!, $segmentId: ID) {
    serviceStatistics(from: $from, segmentId: $segmentId) {
      openByStatus {
        key
        count
      }
      openByAge {
        key
        count
      }
      received
      breached
      breachRate
      interactionsByChannel {
        key
        count
      }
    }
    csat: surveyResults(kind: CSAT, groupBy: MONTH, from: $surveysFrom) {
      key
      responses
      average
      satisfiedShare
    }
    nps: surveyResults(kind: NPS, groupBy: MONTH, from: $surveysFrom) {
      key
      responses
      nps
    }
  }
`;
