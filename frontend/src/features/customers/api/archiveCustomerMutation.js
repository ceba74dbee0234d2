import { ARCHIVE_STATE_FIELDS } from '@/features/customers/api/customerFields';
import { payloadMutation } from '@/lib/payloadMutation';

export const ARCHIVE_CUSTOMER_MUTATION = payloadMutation(
  'ArchiveCustomer',
  ARCHIVE_STATE_FIELDS,
);
