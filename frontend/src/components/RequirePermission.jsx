import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useCan } from '@/lib/permissions';

/**
 * A screen for callers holding `permission`; others, arriving by an old link
 * or a typed address, are told so instead of meeting a form that cannot work.
 */
export function RequirePermission({ permission, children }) {
  const { t } = useTranslation();
  if (useCan(permission)) return children;
  return (
    <Result
      status="403"
      title={t('errors.screenNotPermitted')}
      extra={<Link to="/customers">{t('app.nav.customers')}</Link>}
    />
  );
}
