/** The factor's sentence in the user's language (the graph carries both). */
export function factorText(factor, language) {
  return language === 'zh' ? factor.zh : factor.en;
}

export function percent(value, digits = 1) {
  return value == null ? '—' : `${(value * 100).toFixed(digits)}%`;
}
