/**
 * Amounts as people type them, checked by the domain's Money rules
 * (cims.domain.validation.parse_amount) before any request, so that each
 * mistake is named beside its field: digits with an optional point, grouping
 * commas allowed in groups of three ("12,000.50"), never negative, at most the
 * currency's minor unit of decimals (and two at most), at most 18 integer
 * digits. normaliseAmount turns an accepted text into the graph's Decimal.
 */
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^-?\d+(\.\d+)?$/;
const MAX_INTEGER_DIGITS = 18;
const STORED_DECIMALS = 2;
// ISO 4217 currencies without a minor unit (as cims.domain.validation.MINOR_UNITS).
const NO_DECIMALS = new Set(
  'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'.split(' '),
);

export function decimalPlaces(currency) {
  return NO_DECIMALS.has(currency) ? 0 : STORED_DECIMALS;
}

/** The text without spaces and grouping commas, or null when not a number. */
function plain(text) {
  const compact = String(text).trim().replace(/\s+/g, '');
  const ungrouped = GROUPED.test(compact) ? compact.replace(/,/g, '') : compact;
  return PLAIN.test(ungrouped) ? ungrouped : null;
}

/**
 * What is wrong with an amount, or null: `{ code: 'format' }` (an exponent
 * such as "1e6" included), `{ code: 'negative' }`, `{ code: 'decimals', places,
 * currency }`, `{ code: 'tooLarge' }`, or with `positive` `{ code: 'notPositive' }`.
 */
export function amountProblem(text, currency = 'CNY', { positive = false } = {}) {
  const value = plain(text);
  if (value === null) return { code: 'format' };
  const [whole, fraction = ''] = value.replace(/^-/, '').split('.');
  if (value.startsWith('-') && /[1-9]/.test(value)) return { code: 'negative' };
  const places = decimalPlaces(currency);
  if (fraction.length > places) return { code: 'decimals', places, currency };
  if (whole.replace(/^0+/, '').length > MAX_INTEGER_DIGITS) return { code: 'tooLarge' };
  if (positive && !/[1-9]/.test(value)) return { code: 'notPositive' };
  return null;
}

export function isAmount(text, currency = 'CNY') {
  return amountProblem(text, currency) === null;
}

/** "12,000.50" -> "12000.50" for the graph; anything else is left as it is. */
export function normaliseAmount(text) {
  if (typeof text !== 'string') return text;
  return plain(text) ?? text;
}

/**
 * An Ant Design form rule for an optional amount field: `describe(problem)`
 * words the problem, `currency()` names the currency it is in; `positive`
 * refuses 0.
 */
export function amountRule(
  describe,
  currency = () => 'CNY',
  { positive = false } = {},
) {
  return {
    validator: (_, value) => {
      if (value == null || String(value).trim() === '') return Promise.resolve();
      const problem = amountProblem(value, currency() ?? 'CNY', { positive });
      return problem ? Promise.reject(new Error(describe(problem))) : Promise.resolve();
    },
  };
}
