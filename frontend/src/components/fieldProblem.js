import { useTranslation } from 'react-i18next';

/**
 * A server's problem with one field (a FieldError: field, code, message) in
 * the UI language, looked up by its stable code; a code this build does not
 * know yet keeps the server's own message. Import problems are worded the same
 * way, in their own terms (imports.problems).
 */
export function fieldProblem(i18n, problem) {
  const key = `errors.fieldProblems.${problem.code}`;
  return i18n.exists(key) ? i18n.t(key) : (problem.message ?? problem.code);
}

/** `fieldProblem` bound to the current language. */
export function useFieldProblem() {
  const { i18n } = useTranslation();
  return (problem) => fieldProblem(i18n, problem);
}

/**
 * The field of a form that a server's field names: payloads and the graph's
 * own input errors name it inside the mutation's input (`annualIncome`), a
 * nested value by its path (`customAttributes.note[1]`,
 * `transactions[2].amount`); a form's item is the path's first name.
 */
export function fieldName(field) {
  return String(field ?? '').split(/[.[]/, 1)[0];
}

/**
 * The label a field goes by on screen, in the UI language: the form's own
 * (`labels`, by field name) or else the customer field's of that name; null
 * when neither knows it, so that no camelCase name reaches the page.
 */
export function fieldLabel(i18n, field, labels = {}) {
  const name = fieldName(field);
  if (Object.hasOwn(labels, name)) return labels[name];
  const key = `customers.fields.${name}`;
  return i18n.exists(key) ? i18n.t(key) : null;
}

/** `fieldLabel` bound to the current language and a form's `labels`. */
export function useFieldLabel(labels) {
  const { i18n } = useTranslation();
  return (field) => fieldLabel(i18n, field, labels);
}
