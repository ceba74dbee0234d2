/** The fields a file column can be mapped to (cims.domain.importing.TARGETS). */
export const TARGETS = [
  'full_name',
  'family_name',
  'given_name',
  'name_latin',
  'kind',
  'gender',
  'birth_date',
  'nationality',
  'id_type',
  'id_number',
  'occupation',
  'employer',
  'education',
  'marital_status',
  'mobile_phone',
  'email',
  'address',
  'currency',
  'annual_income',
  'assets',
  'liabilities',
  'status',
  'kyc_status',
  'tags',
  'relationship_manager',
  'branch_code',
  'customer_no',
];

/** The mapping the server takes: only columns with a target. */
export function mappingInput(rows) {
  return rows
    .filter((row) => row.target)
    .map(({ column, target }) => ({ column, target }));
}

/** Sets one column's target; a target already used elsewhere is taken from there. */
export function withTarget(rows, column, target) {
  return rows.map((row) => {
    if (row.column === column) return { ...row, target: target || null };
    if (target && row.target === target) return { ...row, target: null };
    return row;
  });
}
