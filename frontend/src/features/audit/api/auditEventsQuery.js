import { gql } from '@apollo/client';

export const AUDIT_EVENTS_QUERY = gql`
  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          occurredAt
          actor
          actorName
          action
          entity
          entityId
          customerId
          customerNo
          fields
          details
          requestId
          clientAddress
        }
      }
    }
  }
`;
