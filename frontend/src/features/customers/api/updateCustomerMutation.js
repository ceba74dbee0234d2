import {
  CUSTOMER_FIELDS,
  READ_GRANT_VARIABLES,
} from '@/features/customers/api/customerFields';
import { CUSTOMER_FORM_ERROR_FIELDS } from '@/features/customers/api/errorFields';
import { payloadMutation } from '@/lib/payloadMutation';

export const UPDATE_CUSTOMER_MUTATION = payloadMutation(
  'UpdateCustomer',
  CUSTOMER_FIELDS,
  CUSTOMER_FORM_ERROR_FIELDS,
  READ_GRANT_VARIABLES,
);
