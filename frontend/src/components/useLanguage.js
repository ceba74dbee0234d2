import { useTranslation } from 'react-i18next';

/** The UI language as 'zh' or 'en', for formatting and bilingual names. */
export function useLanguage() {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'zh' ? 'zh' : 'en';
}

/** Picks the Chinese or English name of a record with name / nameEn. */
export function localName(record, language) {
  if (!record) return '';
  return language === 'zh' ? record.name : record.nameEn || record.name;
}
