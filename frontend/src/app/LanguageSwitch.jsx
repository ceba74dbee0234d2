import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

import { rememberLanguage } from '@/lib/i18n';

const OPTIONS = [
  { value: 'zh', label: '中文' },
  { value: 'en', label: 'English' },
];

/** Each language is named in itself, so either can be found from the other. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = (language) => {
    rememberLanguage(language);
    i18n.changeLanguage(language);
  };

  return (
    <Segmented
      size="small"
      options={OPTIONS}
      value={i18n.resolvedLanguage}
      onChange={change}
      aria-label={t('app.language')}
    />
  );
}
