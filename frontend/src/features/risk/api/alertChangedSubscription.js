import { gql } from '@apollo/client';

import { ALERT_FIELDS } from '@/features/risk/api/alertsQuery';

export const ALERT_CHANGED_SUBSCRIPTION = gql`
  subscription AlertChanged {
    alertChanged {
      kind
      alert {
        ...AlertFields
      }
    }
  }
  ${ALERT_FIELDS}
`;
