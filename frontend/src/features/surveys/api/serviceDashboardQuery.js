import { gql } from '@apollo/client';

export const SERVICE_DASHBOARD_QUERY = gql`
  query ServiceDashboard(
    $from: DateTime!
    $surveysFrom: DateTime!
    $segmentId: ID
    $withComplaints: Boolean!
  ) {
    serviceStatistics(from: $from, segmentId: $segmentId)
      @include(if: $withComplaints) {
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
