import { gql } from '@apollo/client';

export const AUDIT_VERIFICATION_QUERY = gql`
  query AuditVerification {
    auditVerification {
      events
      intact
      brokenAt
      reason
    }
  }
`;
