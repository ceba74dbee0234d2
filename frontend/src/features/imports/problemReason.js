import { useTranslation } from 'react-i18next';

/**
 * The reason for an import problem (a bad cell, a row held for review, a
 * refused file) in the UI language, looked up by the problem's stable code.
 * A code this build does not know yet keeps the server's own message.
 */
export function problemReason(i18n, problem) {
  const key = `imports.problems.${problem.code}`;
  return i18n.exists(key)
    ? i18n.t(key, { column: problem.column })
    : (problem.message ?? problem.code);
}

/** `problemReason` bound to the current language. */
export function useProblemReason() {
  const { i18n } = useTranslation();
  return (problem) => problemReason(i18n, problem);
}
