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
  'version',
];

/** The fields of an account file (cims.domain.account_import.TARGETS). */
export const ACCOUNT_TARGETS = [
  'customer_no',
  'number',
  'product_code',
  'currency',
  'opened_on',
  'balance',
  'credit_limit',
  'status',
  'closed_on',
];

export function targetsFor(entity) {
  return entity === 'ACCOUNT' ? ACCOUNT_TARGETS : TARGETS;
}

/** A saved template's mapping (and its ignored columns) laid over the file's. */
export function withTemplate(rows, template) {
  const targets = Object.fromEntries(
    template.mapping.map(({ column, target }) => [column, target]),
  );
  const ignored = new Set(template.ignoredColumns ?? []);
  return rows.map(({ ignored: _, ...row }) => ({
    ...row,
    target: targets[row.column] ?? null,
    ...(ignored.has(row.column) && !targets[row.column] ? { ignored: true } : {}),
  }));
}

/** The preview's mapping as rows, its ignored columns marked. */
export function rowsOf(preview) {
  const ignored = new Set(preview.ignoredColumns ?? []);
  return preview.mapping.map((row) =>
    ignored.has(row.column) && !row.target ? { ...row, ignored: true } : row,
  );
}

/** The columns left out on purpose, as the server takes them. */
export function ignoredInput(rows) {
  return rows.filter((row) => row.ignored && !row.target).map((row) => row.column);
}

/**
 * The columns neither mapped nor ignored (a column without a header has a
 * positional name, `Column B`): the server refuses to commit while any is.
 */
export function unmappedColumns(rows) {
  return [
    ...new Set(
      rows
        .filter((row) => row.column && !row.target && !row.ignored)
        .map((r) => r.column),
    ),
  ];
}

/** Marks columns ignored (or not); ignoring a column takes its field away. */
export function withIgnored(rows, columns, ignored) {
  const chosen = new Set(columns);
  return rows.map(({ ignored: was, ...row }) => {
    if (!chosen.has(row.column)) return was ? { ...row, ignored: was } : row;
    return ignored ? { ...row, target: null, ignored: true } : row;
  });
}

/** The mapping the server takes: only columns with a target. */
export function mappingInput(rows) {
  return rows
    .filter((row) => row.target)
    .map(({ column, target }) => ({ column, target }));
}

/** Sets one column's target; a target already used elsewhere is taken from there. */
export function withTarget(rows, column, target) {
  return rows.map((row) => {
    if (row.column === column) {
      if (!target) return { ...row, target: null };
      // A column given a field is no longer ignored.
      const given = { ...row, target };
      delete given.ignored;
      return given;
    }
    if (target && row.target === target) return { ...row, target: null };
    return row;
  });
}

/**
 * A mapping problem in the reader's language, naming its column and field; the
 * server's message for a code this build has no text for.
 */
export function mappingProblemText(t, problem) {
  const code =
    problem.code === 'UNKNOWN_TARGET' && !problem.column
      ? 'UNKNOWN_DEFAULT'
      : problem.code;
  const target =
    problem.target &&
    t(`imports.targets.${problem.target}`, { defaultValue: problem.target });
  return t(`imports.mappingProblems.${code}`, {
    column: problem.column,
    target,
    defaultValue: problem.message,
  });
}

// The name the server gives a column whose header cell is blank
// (importing.blank_header): `Column ` and the column's letters.
const BLANK_HEADER = /^Column ([A-Z]{1,3})$/;

/** A column as the reader sees it: a blank header's positional name translated. */
export function columnLabel(t, column) {
  const blank = BLANK_HEADER.exec(column ?? '');
  return blank ? t('imports.mapping.blankColumn', { letter: blank[1] }) : column;
}
