import { ARCHIVE_STATE_FIELDS } from '@/features/customers/api/customerFields';
import { payloadMutation } from '@/lib/payloadMutation';

export const RESTORE_CUSTOMER_MUTATION = payloadMutation(
  'RestoreCustomer',
  ARCHIVE_STATE_FIELDS,
);
