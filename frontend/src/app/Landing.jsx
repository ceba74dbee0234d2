import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';

import { useMe } from '@/lib/permissions';
import { screensFor } from '@/lib/screens';

/**
 * Where `/` leads: the first screen the role may open. A role with none (a
 * core banking service account works through the API only) is told what it
 * can do instead of meeting a screen it may not use.
 */
export function Landing() {
  const { t } = useTranslation();
  const { me } = useMe();
  const [first] = screensFor(me);
  if (first) return <Navigate to={first[0]} replace />;
  return (
    <Result
      status="info"
      title={t('app.noScreens.title')}
      subTitle={t('app.noScreens.body')}
    />
  );
}
