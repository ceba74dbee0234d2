import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';

import { useIsPhone } from '@/components/useIsPhone';

const ANT_LOCALES = { zh: zhCN, en: enUS };
const DAYJS_LOCALES = { zh: 'zh-cn', en: 'en' };
// On a phone a button of the default size is as high as a large one (40 px):
// a finger needs that much to hit it.
const PHONE_THEME = { components: { Button: { controlHeight: 40 } } };

/** Ant Design, dayjs, the page's lang and its title follow i18next. */
function LocaleBridge({ children }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'zh' ? 'zh' : 'en';
  const isPhone = useIsPhone();

  useEffect(() => {
    dayjs.locale(DAYJS_LOCALES[language]);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [language, t]);

  return (
    // No space inserted between two Chinese characters on buttons: "保存"
    // would otherwise read "保 存" and no longer match its accessible name.
    <ConfigProvider
      locale={ANT_LOCALES[language]}
      button={{ autoInsertSpace: false }}
      theme={isPhone ? PHONE_THEME : undefined}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function Providers({ client, i18n, children }) {
  return (
    <ApolloProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <LocaleBridge>{children}</LocaleBridge>
      </I18nextProvider>
    </ApolloProvider>
  );
}
