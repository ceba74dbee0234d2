import {
  ERASURE_ERROR_FIELDS,
  ERASURE_REQUEST_FIELDS,
} from '@/features/customers/api/erasureRequestFields';
import { payloadMutation } from '@/lib/payloadMutation';

export const APPROVE_ERASURE_MUTATION = payloadMutation(
  'ApproveErasureRequest',
  ERASURE_REQUEST_FIELDS,
  ERASURE_ERROR_FIELDS,
);
