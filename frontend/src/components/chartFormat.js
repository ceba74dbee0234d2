import { intlLocale } from '@/components/format';

/**
 * Formatters for chart axes and tooltips in the UI language's number format,
 * so that a tick reads "12,345.68" or "12.5%" and never as the raw float
 * ECharts would print. Each returns a function of one value; a missing value
 * (a gap in a line) reads as a dash.
 */

function formatter(language, options) {
  const format = new Intl.NumberFormat(intlLocale(language), options);
  return (value) =>
    value === null || value === undefined ? '—' : format.format(value);
}

/** Plain numbers: counts, scores, indexes. */
export function numberFormat(language, { fractionDigits = 2 } = {}) {
  return formatter(language, { maximumFractionDigits: fractionDigits });
}

/** Shares (0.125) as percentages (12.5%). */
export function shareFormat(language, { fractionDigits = 1 } = {}) {
  return formatter(language, {
    style: 'percent',
    maximumFractionDigits: fractionDigits,
  });
}
