import { useMutation } from '@apollo/client/react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { AmountInput, useAmountRules } from '@/components/AmountInput';
import { normaliseAmount } from '@/components/money';
import {
  ComplaintConflictNotice,
  reloadAfterConflict,
} from '@/features/complaints/detail/ComplaintConflict';
import {
  OUTCOMES,
  STEPS,
  refusalText,
  stepInput,
} from '@/features/complaints/workflow';

function StepError({ payload }) {
  const { t } = useTranslation();
  if (!payload) return null;
  let title = payload.message;
  if (payload.__typename === 'ConflictError') title = t('complaints.errors.conflict');
  if (payload.__typename === 'InvalidTransitionError') {
    title = t('complaints.errors.invalidTransition', {
      current: t(`complaints.status.${payload.currentState}`, payload.currentState),
    });
  }
  if (payload.__typename === 'PermissionDeniedError') title = t('errors.forbidden');
  if (payload.__typename === 'RefusedError') title = refusalText(t, payload);
  return <Alert type="error" showIcon role="alert" title={title} />;
}

/**
 * Asks for what a workflow step needs (a reason, an outcome), then runs it. A
 * conflict reloads the complaint and keeps what was entered, to be sent again
 * against the new version.
 */
export function StepDialog({ complaint, step, onClose, onDone, onReload }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [failure, setFailure] = useState(null);
  const [conflict, setConflict] = useState(null);
  const { mutation, field, needs } = STEPS[step];
  const [run, { loading }] = useMutation(mutation);
  const outcome = Form.useWatch('outcome', form);
  // Redress is paid in the complaint's currency: its account's when it names one.
  const currency = complaint.redressCurrency ?? 'CNY';
  const redressRules = useAmountRules({
    currency: () => currency,
    required: true,
    positive: true,
  });

  const submit = async (values) => {
    const input = stepInput(complaint, step, {
      ...values,
      redressAmount:
        values.redressAmount == null
          ? undefined
          : normaliseAmount(values.redressAmount),
    });
    const { data } = await run({ variables: { input } });
    const payload = data?.[field];
    setConflict(null);
    if (payload?.__typename === 'Complaint') {
      onDone(payload);
      return;
    }
    if (payload?.__typename === 'ConflictError' && onReload) {
      const reloaded = await reloadAfterConflict(complaint, onReload);
      setConflict(reloaded);
      setFailure(reloaded ? null : payload);
      return;
    }
    setFailure(payload);
  };

  return (
    <Modal
      open
      title={t(`complaints.steps.${step}`)}
      okText={t(`complaints.steps.${step}`)}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <StepError payload={failure} />
      <ComplaintConflictNotice conflict={conflict} />
      <Form form={form} layout="vertical" onFinish={(v) => submit(v).catch(setFailure)}>
        {needs.includes('outcome') && (
          <Form.Item
            name="outcome"
            label={t('complaints.fields.outcome')}
            rules={[{ required: true }]}
          >
            <Select
              options={OUTCOMES.map((o) => ({
                value: o,
                label: t(`complaints.outcome.${o}`),
              }))}
            />
          </Form.Item>
        )}
        {outcome === 'MONETARY_RELIEF' && (
          <Form.Item
            name="redressAmount"
            label={t('complaints.fields.redressIn', { currency })}
            rules={redressRules}
          >
            <AmountInput />
          </Form.Item>
        )}
        {needs.includes('rootCause') && (
          <Form.Item
            name="rootCause"
            label={t('complaints.fields.rootCause')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('complaints.fields.reason')}
          rules={[{ required: needs.includes('reason'), whitespace: true }]}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
