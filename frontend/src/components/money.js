/**
 * Amounts as the graph's Decimal scalar takes them: digits, an optional point
 * and at most two decimals; no grouping commas, no currency sign. Checked in
 * the form so that "12,000" is caught beside its field, before any request.
 */
const AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;

export function isAmount(text) {
  return AMOUNT.test(String(text).trim());
}

/** An Ant Design form rule for an optional amount field. */
export function amountRule(message) {
  return {
    validator: (_, value) =>
      value == null || String(value).trim() === '' || isAmount(value)
        ? Promise.resolve()
        : Promise.reject(new Error(message)),
  };
}
