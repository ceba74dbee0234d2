import {
  CUSTOMER_FIELDS,
  READ_GRANT_VARIABLES,
} from '@/features/customers/api/customerFields';
import { CUSTOMER_FORM_ERROR_FIELDS } from '@/features/customers/api/errorFields';
import { payloadMutation } from '@/lib/payloadMutation';

export const CREATE_CUSTOMER_MUTATION = payloadMutation(
  'CreateCustomer',
  CUSTOMER_FIELDS,
  CUSTOMER_FORM_ERROR_FIELDS,
  READ_GRANT_VARIABLES,
);
