/** Input fields the form edits, named as in CreateCustomerInput. */
export const FORM_FIELDS = [
  'kind',
  'fullName',
  'familyName',
  'givenName',
  'nameLatin',
  'gender',
  'birthDate',
  'nationality',
  'idType',
  'idNumber',
  'mobilePhone',
  'email',
  'address',
  'occupation',
  'employer',
  'education',
  'maritalStatus',
  'currency',
  'annualIncome',
  'assets',
  'liabilities',
  'status',
  'kycStatus',
  'tags',
  'branchId',
  'relationshipManager',
];

/** A customer's kind is fixed once created; UpdateCustomerInput has no kind. */
export const UPDATABLE_FIELDS = FORM_FIELDS.filter((f) => f !== 'kind');

export const MONEY_FIELDS = ['annualIncome', 'assets', 'liabilities'];

export const NEW_CUSTOMER_VALUES = {
  kind: 'INDIVIDUAL',
  nationality: 'CN',
  currency: 'CNY',
  tags: [],
};

function moneyCurrency(customer) {
  const money = MONEY_FIELDS.map((f) => customer[f]).find(Boolean);
  return money?.currency ?? 'CNY';
}

/** The form's values for a customer as the graph returns it. */
export function toFormValues(customer) {
  const values = { currency: moneyCurrency(customer), branchId: customer.branch?.id };
  for (const field of FORM_FIELDS) {
    if (field in values) continue;
    const value = customer[field];
    values[field] = MONEY_FIELDS.includes(field) ? value?.amount : value;
  }
  values.tags = customer.tags ?? [];
  return values;
}

/** Blank text means "no value"; the server gets null, never "". */
function clean(value) {
  if (typeof value === 'string') return value.trim() || null;
  return value ?? null;
}

export function toCreateInput(values) {
  const input = {};
  for (const field of FORM_FIELDS) {
    const value = clean(values[field]);
    if (value !== null) input[field] = value;
  }
  return input;
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Only what the user changed: untouched fields stay out of the input, so an
 * edit never re-sends (and re-validates) values it did not touch; a cleared
 * field is sent as null.
 */
export function toUpdateInput(values, initialValues) {
  const input = {};
  for (const field of UPDATABLE_FIELDS) {
    const value = clean(values[field]);
    if (!same(value, clean(initialValues[field]))) input[field] = value;
  }
  return input;
}

/** Splits server field errors into those the form shows and the rest. */
export function splitFieldErrors(fieldErrors) {
  const onForm = fieldErrors.filter((e) => FORM_FIELDS.includes(e.field));
  const elsewhere = fieldErrors.filter((e) => !FORM_FIELDS.includes(e.field));
  return { onForm, elsewhere };
}
