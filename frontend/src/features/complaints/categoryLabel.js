/**
 * A complaint category's product and issue in the UI language: the Chinese
 * labels in zh, the English ones otherwise (and wherever a Chinese one is
 * missing, as in an answer cached before the graph had them).
 */
export function categoryNames(category, language) {
  if (!category) return { product: '', issue: '' };
  const zh = language === 'zh';
  return {
    product: (zh && category.productZh) || category.product,
    issue: (zh && category.issueZh) || category.issue,
  };
}

/** "product · issue" in the UI language. */
export function categoryLabel(category, language) {
  const { product, issue } = categoryNames(category, language);
  return `${product} · ${issue}`;
}
