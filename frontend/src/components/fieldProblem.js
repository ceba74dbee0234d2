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
