const COLUMNS = ['row', 'column', 'field', 'value', 'code', 'message'];
const FORMULA = /^[=+\-@\t\r]/;

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
