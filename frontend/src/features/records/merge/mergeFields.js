/**
 * The merge screen's rules: which fields can be chosen, which side each one
 * starts on, and what the mutation is told to take from the other customer.
 * Sides are 'a' (the customer the screen was opened from) and 'b'.
 */

// Fields the server lets staff take from the other customer (CHOOSABLE).
export const MERGE_FIELDS = [
  'fullName',
  'familyName',
  'givenName',
  'nameLatin',
  'gender',
  'birthDate',
  'idNumber',
  'mobilePhone',
  'email',
  'address',
  'occupation',
  'employer',
  'education',
  'maritalStatus',
  'relationshipManager',
];

// Enum values that mean "not given": the server treats them as empty.
const UNKNOWN = { gender: 'UNKNOWN', maritalStatus: 'UNKNOWN' };

export function isEmpty(field, value) {
  return value == null || value === '' || UNKNOWN[field] === value;
}

export const otherSide = (side) => (side === 'a' ? 'b' : 'a');

/** Fields whose values differ, each starting on the survivor unless it is empty. */
export function defaultChoices(records, survivor) {
  const other = otherSide(survivor);
  const choices = {};
  for (const field of MERGE_FIELDS) {
    const mine = records[survivor][field];
    const theirs = records[other][field];
    if (mine === theirs) continue;
    choices[field] = isEmpty(field, mine) && !isEmpty(field, theirs) ? other : survivor;
  }
  return choices;
}

/** The mutation's `takeFromOther`: chosen fields where the other has a value. */
export function takeFromOther(records, survivor, choices) {
  const other = otherSide(survivor);
  return MERGE_FIELDS.filter(
    (field) => choices[field] === other && !isEmpty(field, records[other][field]),
  );
}

/** The pairs of a duplicate list that include `customerId`, as the other's ID. */
export function candidatesOf(pairs, customerId) {
  return pairs
    .filter((p) => p.first && p.second)
    .filter((p) => p.first.id === customerId || p.second.id === customerId)
    .map((p) => ({
      otherId: p.first.id === customerId ? p.second.id : p.first.id,
      score: p.score,
      reasons: p.reasons,
    }));
}
