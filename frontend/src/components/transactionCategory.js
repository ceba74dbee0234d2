/**
 * A transaction category in the reader's language. Categories come from the
 * booking systems as codes (`loan_repayment`); a code without a translation is
 * shown as sent.
 */
export function transactionCategory(t, code) {
  if (!code) return code;
  return t(`transactions.categories.${code}`, { defaultValue: code });
}
