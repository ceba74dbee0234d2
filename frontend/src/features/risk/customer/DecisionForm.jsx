import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { AmountInput, useAmountRules } from '@/components/AmountInput';
import { normaliseAmount } from '@/components/money';
import { DECIDE_ASSESSMENT_MUTATION } from '@/features/risk/api/decideAssessmentMutation';
import { useMe } from '@/lib/permissions';

const KINDS = ['APPROVE', 'REDUCE', 'DECLINE'];

function PayloadProblem({ payload }) {
  const { t } = useTranslation();
  if (!payload || payload.__typename === 'CreditAssessment') return null;
  const known = ['SAME_APPROVER', 'ALREADY_DECIDED'].includes(payload.code);
  const fields = payload.fields?.map((f) => f.message).join(' ');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={known ? t(`risk.errors.${payload.code}`) : payload.message}
      description={fields || undefined}
    />
  );
}

/**
 * Records a decision, or confirms a colleague's decision that waits for a
 * second officer (four eyes): then decision and limit are the recorded ones.
 * The officer who recorded it only learns that it waits: the API refuses them.
 */
export function DecisionForm({ assessment, onDone }) {
  const { me } = useMe();
  const pending = assessment.decision;
  if (pending && me?.subject && pending.decidedBy === me.subject) {
    return <WaitingForSecond />;
  }
  return <DecisionFormFields assessment={assessment} onDone={onDone} />;
}

function WaitingForSecond() {
  const { t } = useTranslation();
  return (
    <Alert type="info" showIcon role="status" title={t('risk.waitingForSecond')} />
  );
}

function DecisionFormFields({ assessment, onDone }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [decide, { loading, data }] = useMutation(DECIDE_ASSESSMENT_MUTATION, {
    errorPolicy: 'all',
  });
  const pending = assessment.decision;
  const kind = Form.useWatch('decision', form);
  // The assessment's own currency (the customer's), recommended limit or not.
  const currency =
    assessment.currency ?? assessment.recommendedLimit?.currency ?? 'CNY';
  const limitRules = useAmountRules({
    currency: () => currency,
    positive: true,
    required: !assessment.recommendedLimit,
    requiredMessage: t('risk.limitHintNone'),
  });
  const submit = (values) =>
    decide({
      variables: {
        input: {
          assessmentId: assessment.id,
          decision: pending ? pending.decision : values.decision,
          limit: pending
            ? pending.approvedLimit.amount
            : values.limit == null || values.limit.trim() === ''
              ? null
              : normaliseAmount(values.limit),
          reason: values.reason,
        },
      },
    })
      .then((result) => {
        if (result.data?.decideCreditAssessment?.__typename === 'CreditAssessment') {
          onDone?.();
        }
      })
      .catch(() => {});

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      aria-label={t('risk.decisionForm')}
      initialValues={{ decision: 'APPROVE' }}
    >
      {pending ? (
        <Alert type="warning" showIcon title={t('risk.confirmHint')} />
      ) : (
        <>
          <Form.Item name="decision" label={t('risk.decision')}>
            <Select
              options={KINDS.map((k) => ({
                value: k,
                label: t(`risk.decisionKind.${k}`),
              }))}
            />
          </Form.Item>
          {kind !== 'DECLINE' && (
            <Form.Item
              name="limit"
              label={t('risk.limit', { currency })}
              extra={
                assessment.recommendedLimit
                  ? t('risk.limitHint', { amount: assessment.recommendedLimit.amount })
                  : t('risk.limitHintNone')
              }
              rules={limitRules}
            >
              <AmountInput />
            </Form.Item>
          )}
        </>
      )}
      <Form.Item
        name="reason"
        label={t('risk.reason')}
        rules={[
          { required: true, whitespace: true, message: t('risk.reasonRequired') },
        ]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <PayloadProblem payload={data?.decideCreditAssessment} />
      <Button
        type="primary"
        htmlType="submit"
        loading={loading}
        style={{ marginTop: 8 }}
      >
        {pending ? t('risk.confirm') : t('risk.submitDecision')}
      </Button>
    </Form>
  );
}
