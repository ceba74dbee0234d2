import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '@/components/EmptyState';
import { blockingError } from '@/components/errors';
import { ErrorState } from '@/components/ErrorState';
import { formatDateTime, formatMoney } from '@/components/format';
import { LoadingState } from '@/components/LoadingState';
import { useLanguage } from '@/components/useLanguage';
import { ASSESS_CREDIT_RISK_MUTATION } from '@/features/risk/api/assessCreditRiskMutation';
import { CUSTOMER_RISK_QUERY } from '@/features/risk/api/customerRiskQuery';
import { DecisionForm } from '@/features/risk/customer/DecisionForm';
import { factorText, percent } from '@/features/risk/customer/factorText';
import { useCan } from '@/lib/permissions';

const GRADE_COLORS = { A: 'green', B: 'cyan', C: 'gold', D: 'orange', E: 'red' };

function Factors({ factors }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!factors) return null;
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{t('risk.factors')}</Typography.Text>
      <ul aria-label={t('risk.factors')} style={{ margin: 0, paddingInlineStart: 20 }}>
        {factors.map((factor) => (
          <li key={factor.input}>
            <Typography.Text type={factor.effect > 0 ? 'danger' : 'success'}>
              {factorText(factor, language)}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </Flex>
  );
}

function DecisionSummary({ decision }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!decision) return null;
  const awaiting = decision.needsSecondApprover && !decision.secondApprover;
  return (
    <Alert
      type={awaiting ? 'warning' : 'info'}
      showIcon
      title={t(`risk.decisionKind.${decision.decision}`)}
      description={
        <Flex vertical>
          <span>
            {t('risk.approvedLimit')}: {formatMoney(decision.approvedLimit, language)}
          </span>
          <span>
            {t('risk.decidedBy', { who: decision.decidedByName ?? decision.decidedBy })}{' '}
            · {formatDateTime(decision.decidedAt, language)}
          </span>
          <span>{decision.reason}</span>
          {awaiting && <span>{t('risk.awaitingSecond')}</span>}
          {decision.secondApprover && (
            <span>
              {t('risk.secondApprover', {
                who: decision.secondApproverName ?? decision.secondApprover,
              })}
            </span>
          )}
        </Flex>
      }
    />
  );
}

/** Where the recommended limit's income came from, or why there is none. */
function LimitBasis({ basis }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = t(`risk.basis.${basis.basis}`, {
    amount: basis.monthlyIncome ? formatMoney(basis.monthlyIncome, language) : '',
    months: basis.months,
    inflowMonths: basis.inflowMonths,
  });
  return (
    <Flex vertical gap={4}>
      <Typography.Text type={basis.basis === 'NONE' ? 'warning' : undefined}>
        {basis.basis === 'ESTIMATED_INCOME' && (
          <Tag color="gold">{t('risk.estimated')}</Tag>
        )}
        {text}
      </Typography.Text>
      {/* NONE already says why; a limit of 0 or the cap says it here. */}
      {basis.reason && basis.basis !== 'NONE' && <LimitReason basis={basis} />}
    </Flex>
  );
}

/** Why the recommended limit is 0, or held at the policy's cap. */
function LimitReason({ basis }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = t(`risk.limitReason.${basis.reason}`, {
    obligations: formatMoney(basis.monthlyObligations, language),
    income: basis.monthlyIncome ? formatMoney(basis.monthlyIncome, language) : '',
    ratio: percent(basis.maxDebtToIncome, 0),
    ceiling: percent(basis.pdCeiling, 0),
    cap: basis.cap ? formatMoney(basis.cap, language) : '',
  });
  return (
    <Typography.Text type={basis.reason === 'CAPPED' ? undefined : 'warning'}>
      {text}
    </Typography.Text>
  );
}

function AssessProblem({ payload }) {
  const { t } = useTranslation();
  if (payload.__typename === 'ModelNotReadyError') {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('risk.errors.MODEL_NOT_READY')}
        description={<Typography.Text code>{payload.command}</Typography.Text>}
      />
    );
  }
  return <Alert type="error" showIcon role="alert" title={payload.message} />;
}

function Assessment({ assessment, isPhone }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Flex vertical gap="middle">
      <Descriptions size="small" column={isPhone ? 1 : 3} bordered={!isPhone}>
        <Descriptions.Item label={t('risk.grade')}>
          <Tag color={GRADE_COLORS[assessment.grade]}>{assessment.grade}</Tag>
        </Descriptions.Item>
        {assessment.probability != null && (
          <Descriptions.Item label={t('risk.probability')}>
            {percent(assessment.probability, 2)}
          </Descriptions.Item>
        )}
        {assessment.points != null && (
          <Descriptions.Item label={t('risk.points')}>
            {assessment.points}
          </Descriptions.Item>
        )}
        {assessment.recommendedLimit && (
          <Descriptions.Item label={t('risk.recommendedLimit')}>
            {formatMoney(assessment.recommendedLimit, language)}
          </Descriptions.Item>
        )}
        {assessment.limitBasis && (
          <Descriptions.Item label={t('risk.limitBasis')}>
            <LimitBasis basis={assessment.limitBasis} />
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('risk.assessedAt')}>
          {formatDateTime(assessment.createdAt, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('risk.status')}>
          {t(`risk.assessmentStatus.${assessment.status}`)}
        </Descriptions.Item>
      </Descriptions>
      <Factors factors={assessment.factors} />
      <DecisionSummary decision={assessment.decision} />
    </Flex>
  );
}

function AssessButton({ customerId, onDone }) {
  const { t } = useTranslation();
  const [assess, { loading, data }] = useMutation(ASSESS_CREDIT_RISK_MUTATION, {
    errorPolicy: 'all',
  });
  const payload = data?.assessCreditRisk;
  const run = () =>
    assess({ variables: { input: { customerId } } })
      .then(onDone)
      .catch(() => {}); // shown through the payload or the query's error
  return (
    <Flex vertical gap="small" align="end">
      <Button onClick={run} loading={loading}>
        {t('risk.assess')}
      </Button>
      {payload && payload.__typename !== 'CreditAssessment' && (
        <AssessProblem payload={payload} />
      )}
    </Flex>
  );
}

/** The customer's credit risk, for roles holding risk.read; nothing for others. */
export function CustomerRiskSection({ customerId, isPhone }) {
  const { t } = useTranslation();
  const canRead = useCan('risk.read');
  const canAssess = useCan('risk.assess');
  const canDecide = useCan('risk.decide');
  // Without risk.read the assessment (grade included) is null with FORBIDDEN:
  // asking would only show "no assessment" where there may be one.
  const { data, error, refetch } = useQuery(CUSTOMER_RISK_QUERY, {
    variables: { id: customerId },
    errorPolicy: 'all',
    skip: !canRead,
  });
  const failure = blockingError(error);
  const reload = () => refetch().catch(() => {});
  const assessment = data?.customer?.latestCreditAssessment;
  if (!canRead) return null;

  let body;
  if (failure) body = <ErrorState error={failure} onRetry={reload} />;
  else if (!data) body = <LoadingState />;
  else if (!assessment) body = <EmptyState description={t('risk.noAssessment')} />;
  else {
    body = (
      <Flex vertical gap="middle">
        <Assessment assessment={assessment} isPhone={isPhone} />
        {/* limitBasis answers only to risk.read: no form for other roles. */}
        {canDecide &&
          assessment.status === 'PENDING' &&
          (assessment.limitBasis || assessment.recommendedLimit) && (
            <DecisionForm assessment={assessment} onDone={reload} />
          )}
      </Flex>
    );
  }
  return (
    <Card
      title={t('risk.title')}
      size="small"
      extra={canAssess && <AssessButton customerId={customerId} onDone={reload} />}
    >
      {body}
    </Card>
  );
}
