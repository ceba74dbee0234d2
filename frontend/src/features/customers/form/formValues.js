import { normaliseAmount } from '@/components/money';

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

/**
 * Fields the graph answers only with a permission (`@requires` in the schema),
 * and the currency of the amounts beside them. A viewer without it sees none of
 * them on the form and never sends them: an empty box would invite typing over a
 * stored value the viewer was never shown (the server refuses such a write).
 */
export const FIELD_PERMISSIONS = {
  birthDate: 'customer.pii.read',
  currency: 'customer.financial.read',
  annualIncome: 'customer.financial.read',
  assets: 'customer.financial.read',
  liabilities: 'customer.financial.read',
  customAttributes: 'customer.financial.read',
};

/** KYC outcomes only a holder of kyc.verify may set. */
export const KYC_DECISIONS = ['VERIFIED', 'REJECTED'];

/** The form fields `allows(permission)` withholds from the viewer. */
export function hiddenFields(allows) {
  return Object.keys(FIELD_PERMISSIONS).filter((f) => !allows(FIELD_PERMISSIONS[f]));
}

export const NEW_CUSTOMER_VALUES = {
  kind: 'INDIVIDUAL',
  nationality: 'CN',
  currency: 'CNY',
  tags: [],
  customAttributes: [],
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
  values.customAttributes = toAttributeRows(customer.customAttributes);
  return values;
}

/**
 * Custom attributes as rows the form edits: text stays text, any other value
 * (a number, a list) is shown as JSON and read back as JSON when edited.
 */
export function toAttributeRows(attributes) {
  return Object.entries(attributes ?? {}).map(([name, value]) => ({
    name,
    value: typeof value === 'string' ? value : JSON.stringify(value),
    json: typeof value !== 'string',
  }));
}

function attributeValue(row) {
  const text = row.value ?? '';
  if (!row.json) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text; // no longer valid JSON: the user typed text
  }
}

function attributeMap(rows) {
  const map = new Map();
  for (const row of rows ?? []) {
    const name = row?.name?.trim();
    if (name) map.set(name, attributeValue(row));
  }
  return map;
}

/**
 * The patch updateCustomer takes for customAttributes: the keys added or
 * changed with their value, a removed key as null; untouched keys are left
 * out (the server keeps them). Null when nothing changed.
 */
export function attributesPatch(rows, initialRows) {
  const now = attributeMap(rows);
  const before = attributeMap(initialRows);
  const patch = {};
  for (const name of before.keys()) if (!now.has(name)) patch[name] = null;
  for (const [name, value] of now) {
    if (!before.has(name) || !same(value, before.get(name))) patch[name] = value;
  }
  return Object.keys(patch).length ? patch : null;
}

/** Blank text means "no value"; the server gets null, never "". */
function clean(value) {
  if (typeof value === 'string') return value.trim() || null;
  return value ?? null;
}

/** A field's value as the graph takes it: amounts lose their grouping commas. */
function inputValue(values, field) {
  const value = clean(values[field]);
  return MONEY_FIELDS.includes(field) ? normaliseAmount(value) : value;
}

/** `input` without the fields named in `hidden`. */
function withoutHidden(input, hidden) {
  for (const field of hidden) delete input[field];
  return input;
}

export function toCreateInput(values, { hidden = [] } = {}) {
  const input = {};
  for (const field of FORM_FIELDS) {
    const value = inputValue(values, field);
    if (value !== null) input[field] = value;
  }
  const attributes = attributesPatch(values.customAttributes, []);
  if (attributes) input.customAttributes = attributes;
  return withoutHidden(input, hidden);
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Only what the user changed: untouched fields stay out of the input, so an
 * edit never re-sends (and re-validates) values it did not touch; a cleared
 * field is sent as null. Fields in `hidden` are never sent.
 */
export function toUpdateInput(values, initialValues, { hidden = [] } = {}) {
  const input = {};
  for (const field of UPDATABLE_FIELDS) {
    const value = inputValue(values, field);
    if (!same(value, inputValue(initialValues, field))) input[field] = value;
  }
  const patch = attributesPatch(
    values.customAttributes,
    initialValues.customAttributes,
  );
  if (patch) input.customAttributes = patch;
  return withoutHidden(input, hidden);
}

/** Splits server field errors into those the form shows and the rest. */
export function splitFieldErrors(fieldErrors) {
  const onForm = fieldErrors.filter((e) => FORM_FIELDS.includes(e.field));
  const elsewhere = fieldErrors.filter((e) => !FORM_FIELDS.includes(e.field));
  return { onForm, elsewhere };
}

/**
 * The fields whose value differs between two sets of form values, in form
 * order: what someone else changed between the version a form was filled from
 * and the current one. Fields in `hidden` (withheld from the viewer) are never
 * named; a masked value is compared as the viewer sees it.
 */
export function changedFields(before, after, { hidden = [] } = {}) {
  const fields = UPDATABLE_FIELDS.filter(
    (f) => !hidden.includes(f) && !same(inputValue(before, f), inputValue(after, f)),
  );
  if (!hidden.includes('customAttributes')) {
    if (attributesPatch(after.customAttributes, before.customAttributes)) {
      fields.push('customAttributes');
    }
  }
  return fields;
}

function attributeRow(name, value) {
  return typeof value === 'string'
    ? { name, value, json: false }
    : { name, value: JSON.stringify(value), json: true };
}

/**
 * The form's values moved onto a newer version: what the user changed since
 * `base` (the version the form was filled from) is kept, every other field
 * takes its `current` value. Custom attributes the user added, changed or
 * removed are applied to the current ones, which keep the others' additions.
 */
export function rebaseValues(values, base, current, { hidden = [] } = {}) {
  const mine = toUpdateInput(values, base, { hidden });
  const rebased = { ...current };
  for (const field of FORM_FIELDS) {
    if (field in mine) rebased[field] = values[field];
  }
  const patch = mine.customAttributes;
  if (patch) {
    const rows = (current.customAttributes ?? []).filter((r) => !(r.name in patch));
    for (const [name, value] of Object.entries(patch)) {
      if (value !== null) rows.push(attributeRow(name, value));
    }
    rebased.customAttributes = rows;
  }
  return rebased;
}
