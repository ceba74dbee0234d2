import {
  ERASURE_ERROR_FIELDS,
  ERASURE_REQUEST_FIELDS,
} from '@/features/customers/api/erasureRequestFields';
import { payloadMutation } from '@/lib/payloadMutation';

export const REQUEST_ERASURE_MUTATION = payloadMutation(
  'RequestErasure',
  ERASURE_REQUEST_FIELDS,
  ERASURE_ERROR_FIELDS,
);
