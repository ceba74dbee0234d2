/** The follow-up windows the screen offers, as the URL names them. */
export const WINDOWS = ['expired', '30', '60', '90'];
export const DEFAULT_WINDOW = '30';

/** The window named in the URL's `within`, or the default one. */
export function readWindow(search) {
  const value = search.get('within');
  return WINDOWS.includes(value) ? value : DEFAULT_WINDOW;
}

/** The query's variables for a window: expired ones, or those due within N days. */
export function windowVariables(span) {
  if (span === 'expired') return { withinDays: 0, expired: true };
  return { withinDays: Number(span), expired: false };
}

/**
 * Whole days from `today` (the user's calendar day) to the ISO date `expiresOn`:
 * 0 on the day itself, negative once past. Both are read as calendar dates, so
 * neither time zone nor daylight saving shifts the count.
 */
export function daysLeft(expiresOn, today = new Date()) {
  if (!expiresOn) return null;
  const [year, month, day] = expiresOn.split('-').map(Number);
  const end = Date.UTC(year, month - 1, day);
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((end - start) / 86_400_000);
}
