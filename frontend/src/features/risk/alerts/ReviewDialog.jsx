import { useMutation } from '@apollo/client/react';
import { Alert, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { REVIEW_ALERT_MUTATION } from '@/features/risk/api/reviewAlertMutation';

/** Asks for the reason of a review (kept for tuning) and sends it. */
export function ReviewDialog({ alert, action, onClose }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [review, { loading, data }] = useMutation(REVIEW_ALERT_MUTATION, {
    errorPolicy: 'all',
  });
  const payload = data?.reviewAlert;
  const send = () =>
    review({ variables: { input: { alertId: alert.id, action, reason } } })
      .then((result) => {
        if (result.data?.reviewAlert?.__typename === 'Alert') onClose(true);
      })
      .catch(() => {});

  return (
    <Modal
      open
      title={t(`risk.alerts.action.${action}`)}
      okText={t(`risk.alerts.action.${action}`)}
      onOk={send}
      okButtonProps={{ disabled: !reason.trim(), loading }}
      onCancel={() => onClose(false)}
    >
      <label htmlFor="review-reason">{t('risk.reason')}</label>
      <Input.TextArea
        id="review-reason"
        rows={3}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      {payload && payload.__typename !== 'Alert' && (
        <Alert type="error" showIcon role="alert" title={payload.message} />
      )}
    </Modal>
  );
}
