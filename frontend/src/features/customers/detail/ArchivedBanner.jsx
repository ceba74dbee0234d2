import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '@/components/format';
import { useLanguage } from '@/components/useLanguage';

export function ArchivedBanner({ customer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (customer.erasedAt) {
    return (
      <Alert
        type="info"
        showIcon
        title={t('customers.detail.erasedBanner', {
          when: formatDateTime(customer.erasedAt, language),
        })}
        description={
          <>
            {t('customers.detail.erasedHint')} {t('customers.detail.erasedActions')}
          </>
        }
      />
    );
  }
  if (!customer.archivedAt) return null;

  return (
    <Alert
      type="warning"
      showIcon
      title={t('customers.detail.archivedBanner', {
        when: formatDateTime(customer.archivedAt, language),
      })}
      description={t('customers.detail.archivedHint')}
    />
  );
}
