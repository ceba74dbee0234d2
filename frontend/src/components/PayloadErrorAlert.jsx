import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTapSize } from '@/components/useTapSize';

/**
 * The typed errors a mutation payload can carry (NotFoundError,
 * ConflictError, PermissionDeniedError), told in the user's language. A
 * conflict offers to reload, since only fresh data can be saved.
 */
export function PayloadErrorAlert({ payload, onReload }) {
  const tapSize = useTapSize('small');
  const { t } = useTranslation();
  if (!payload) return null;

  if (payload.__typename === 'ConflictError') {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('errors.conflict')}
        description={t('errors.conflictHint')}
        action={
          onReload && (
            <Button size={tapSize} onClick={onReload}>
              {t('common.reload')}
            </Button>
          )
        }
      />
    );
  }
  if (payload.__typename === 'RefusedError') {
    const title = t(`errors.refused.${payload.code}`, {
      defaultValue: payload.message,
    });
    return <Alert type="error" showIcon role="alert" title={title} />;
  }
  const key = {
    NotFoundError: 'errors.notFound',
    PermissionDeniedError: 'errors.forbidden',
  }[payload.__typename];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t(key ?? 'errors.server')}
      description={key ? undefined : payload.message}
    />
  );
}
