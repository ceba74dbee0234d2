const INTL_LOCALES = { zh: 'zh-CN', en: 'en-US' };

export function intlLocale(language) {
  return INTL_LOCALES[language] ?? 'en-US';
}

/**
 * Formats a Money value. The amount is a decimal string; Intl formats the
 * string itself, so no cent is lost to binary floating point.
 */
export function formatMoney(money, language) {
  if (!money) return '—';
  try {
    return new Intl.NumberFormat(intlLocale(language), {
      style: 'currency',
      currency: money.currency,
    }).format(money.amount);
  } catch {
    return `${money.amount} ${money.currency}`; // an unknown currency code
  }
}

/**
 * A figure in the UI language's number format: grouped, with exactly
 * `digits` decimals (0.854, 12,000), or as a share (`percent`: 0.2834 reads
 * 28.3%); a missing one reads as a dash.
 */
export function formatFigure(value, language, { digits = 0, percent = false } = {}) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(intlLocale(language), {
    style: percent ? 'percent' : 'decimal',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatDate(isoDate, language) {
  if (!isoDate) return '—';
  const [year, month, day] = isoDate.split('-').map(Number);
  // A Date holds no time zone of its own: read it in UTC both ways.
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}

export function formatDateTime(isoDateTime, language) {
  if (!isoDateTime) return '—';
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(isoDateTime));
}
