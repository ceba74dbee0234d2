import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Shown when a screen fails to render. It replaces the router's default
 * page, which prints the error and its stack to the user.
 */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('app.crashed')}
      subTitle={t('app.crashedHint')}
      extra={<a href="/customers">{t('app.nav.customers')}</a>}
    />
  );
}
