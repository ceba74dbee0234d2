const COLUMNS = ['row', 'column', 'field', 'value', 'code', 'message'];
const FORMULA = /^[=+\-@\t\r]/;
export const NEEDS_REVIEW = 'NEEDS_REVIEW';

function cell(value) {
  let text = value == null ? '' : String(value);
  // A spreadsheet runs text that starts like a formula; an apostrophe stops it.
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The bad cells of a report as CSV text (values are already masked). */
export function reportCsv(problems) {
  const lines = [COLUMNS.join(',')];
  for (const problem of problems) {
    lines.push(COLUMNS.map((name) => cell(problem[name])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The lines of the downloadable report: every bad cell, and a line for each
 * row held for review as a likely duplicate, in row order. `reason(problem)`
 * words each line's message in the reader's language.
 */
export function reportLines(report, reason) {
  const review = report.skipped
    .filter((skipped) => skipped.reasons.includes(NEEDS_REVIEW))
    .map(({ row }) => ({ row, code: NEEDS_REVIEW }));
  return [...report.problems, ...review]
    .sort((a, b) => a.row - b.row)
    .map((line) => ({ ...line, message: reason(line) }));
}
