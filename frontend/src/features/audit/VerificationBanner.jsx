import { useQuery } from '@apollo/client/react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { AUDIT_VERIFICATION_QUERY } from '@/features/audit/api/auditVerificationQuery';

/** Whether the hash chain of the whole trail is intact, checked on the server. */
export function VerificationBanner() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(AUDIT_VERIFICATION_QUERY, {
    fetchPolicy: 'network-only', // a verdict from cache would say nothing
  });
  const verdict = data?.auditVerification;

  if (loading) {
    return <Alert type="info" showIcon title={t('audit.verify.checking')} />;
  }
  if (error || !verdict) {
    return (
      <Alert type="warning" showIcon role="alert" title={t('audit.verify.failed')} />
    );
  }
  if (verdict.intact) {
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={t('audit.verify.intact', { count: verdict.events })}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('audit.verify.broken', { event: verdict.brokenAt })}
      description={verdict.reason}
    />
  );
}
