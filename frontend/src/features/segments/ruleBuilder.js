/**
 * The segment builder's conditions and the rule language of the graph
 * (see createSegment): a list of conditions joined by "and" or "or".
 */

const MULTI = new Set(['in', 'not_in']);
const PREFERRED = ['eq', 'gte', 'in', 'is_null'];

let lastKey = 0;

export function newCondition() {
  lastKey += 1;
  return { key: lastKey, field: undefined, op: undefined, value: undefined };
}

/** The operator a new field starts with. */
export function defaultOperator(spec) {
  return PREFERRED.find((op) => spec.operators.includes(op)) ?? spec.operators[0];
}

/** What the value input edits for this operator: 'pair', 'list' or 'one'. */
export function valueShape(op) {
  if (op === 'between') return 'pair';
  if (MULTI.has(op)) return 'list';
  return 'one';
}

function present(value) {
  return value !== undefined && value !== null && value !== '';
}

export function isComplete(condition) {
  const { field, op, value } = condition;
  if (!field || !op) return false;
  const shape = valueShape(op);
  if (shape === 'pair')
    return Array.isArray(value) && value.length === 2 && value.every(present);
  if (shape === 'list') return Array.isArray(value) && value.length > 0;
  return present(value);
}

/** The rule of the complete conditions, or null when there is none. */
export function toRule(combinator, conditions) {
  const parts = conditions
    .filter(isComplete)
    .map(({ field, op, value }) => ({ field, op, value }));
  return parts.length ? { [combinator]: parts } : null;
}

const CONDITION_PATH = /^rule\.(?:and|or)\[(\d+)\]/;

/**
 * Splits a ValidationError's fields into those of the name inputs, those of
 * each condition (by position) and those of the rule as a whole.
 */
export function placeErrors(fields) {
  const placed = { name: [], nameEn: [], rule: [], conditions: {} };
  for (const f of fields ?? []) {
    const match = CONDITION_PATH.exec(f.field);
    if (match) {
      const index = Number(match[1]);
      placed.conditions[index] = [...(placed.conditions[index] ?? []), f];
    } else if (f.field === 'name' || f.field === 'nameEn') {
      placed[f.field].push(f);
    } else {
      placed.rule.push(f);
    }
  }
  return placed;
}
