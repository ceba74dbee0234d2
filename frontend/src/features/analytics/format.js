/** Shares and scores as the analytics screens show them. */
export function formatShare(value, language) {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-US', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(value);
}

/** The lines of a { en, zh } pair in the UI language. */
export function localLines(pair, language) {
  if (!pair) return [];
  return (language === 'zh' ? pair.zh : pair.en) ?? [];
}

/** The text of a { en, zh } pair in the UI language. */
export function localText(pair, language) {
  if (!pair) return '';
  return language === 'zh' ? pair.zh : pair.en;
}
