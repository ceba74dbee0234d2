import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { formatDateTime, formatMoney } from '@/components/format';
import { LoadingState } from '@/components/LoadingState';
import { useIsPhone } from '@/components/useIsPhone';
import { useLanguage } from '@/components/useLanguage';
import { COMPLAINT_QUERY } from '@/features/complaints/api/complaintQuery';
import { categoryLabel } from '@/features/complaints/categoryLabel';
import {
  DeadlineTag,
  SeverityTag,
  StatusTag,
} from '@/features/complaints/ComplaintTags';
import { AssignForm } from '@/features/complaints/detail/AssignForm';
import { CommentForm } from '@/features/complaints/detail/CommentForm';
import { HistoryTimeline } from '@/features/complaints/detail/HistoryTimeline';
import { StepDialog } from '@/features/complaints/detail/StepDialog';
import { complaintsPath } from '@/features/complaints/paths';
import { actionsFor } from '@/features/complaints/workflow';
import { SurveyInvitationButton } from '@/features/surveys/SurveyInvitationButton';
import { useCan } from '@/lib/permissions';

function Actions({ complaint, onChanged, isPhone }) {
  const { t } = useTranslation();
  const [step, setStep] = useState(null);
  const canHandle = useCan('complaint.handle');
  const steps = actionsFor(complaint);
  if (!steps.length || !canHandle) return null;
  return (
    <>
      <Flex gap="small" wrap vertical={isPhone}>
        {steps.map((s, n) => (
          <Button
            key={s}
            type={n === 0 ? 'primary' : 'default'}
            block={isPhone}
            onClick={() => setStep(s)}
          >
            {t(`complaints.steps.${s}`)}
          </Button>
        ))}
      </Flex>
      {step && (
        <StepDialog
          complaint={complaint}
          step={step}
          onReload={onChanged}
          onClose={() => setStep(null)}
          onDone={() => {
            setStep(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}

function Facts({ complaint, isPhone }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const when = (value) => formatDateTime(value, i18n.language);
  const items = [
    {
      key: 'category',
      label: t('complaints.fields.category'),
      children: categoryLabel(complaint.category, language),
    },
    {
      key: 'severity',
      label: t('complaints.fields.severity'),
      children: <SeverityTag severity={complaint.severity} />,
    },
    {
      key: 'channel',
      label: t('complaints.fields.channel'),
      children: t(`interactions.channel.${complaint.channel}`),
    },
    {
      key: 'receivedAt',
      label: t('complaints.fields.receivedAt'),
      children: when(complaint.receivedAt),
    },
    {
      key: 'ackDue',
      label: t('complaints.fields.acknowledgeDueAt'),
      children: when(complaint.acknowledgeDueAt),
    },
    {
      key: 'resolveDue',
      label: t('complaints.fields.resolveDueAt'),
      children: when(complaint.resolveDueAt),
    },
    {
      key: 'assignee',
      label: t('complaints.fields.assignee'),
      children: complaint.assigneeName ?? complaint.assignee ?? '—',
    },
    {
      key: 'team',
      label: t('complaints.fields.team'),
      children: complaint.team?.name ?? '—',
    },
  ];
  if (complaint.outcome) {
    items.push(
      {
        key: 'outcome',
        label: t('complaints.fields.outcome'),
        children: t(`complaints.outcome.${complaint.outcome}`),
      },
      {
        key: 'rootCause',
        label: t('complaints.fields.rootCause'),
        children: complaint.rootCause,
      },
      {
        key: 'redress',
        label: t('complaints.fields.redress'),
        children: formatMoney(complaint.redress, i18n.language),
      },
    );
  }
  return <Descriptions column={isPhone ? 1 : 2} size="small" items={items} />;
}

/** One complaint: facts, the workflow's next steps, assignment and history. */
export function ComplaintDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const isPhone = useIsPhone();
  const canHandle = useCan('complaint.handle');
  const { data, error, refetch } = useQuery(COMPLAINT_QUERY, {
    variables: { id },
  });
  const reload = () => refetch().catch(() => {});

  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  const complaint = data.complaint;
  if (!complaint) return <EmptyState description={t('complaints.notFound')} />;
  const erased = Boolean(complaint.customer?.erasedAt);
  return (
    <Flex vertical gap="middle">
      <Link to={complaintsPath()}>← {t('complaints.backToQueues')}</Link>
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {complaint.customer?.fullName ?? t('complaints.hiddenCustomer')}
        </Typography.Title>
        <Flex gap={4} wrap>
          <StatusTag status={complaint.status} />
          <DeadlineTag complaint={complaint} />
        </Flex>
      </Flex>
      {erased && <Alert type="info" showIcon title={t('complaints.customerErased')} />}
      <Actions complaint={complaint} onChanged={reload} isPhone={isPhone} />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={16}>
          <Card size="small" title={t('complaints.description')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
              {complaint.description}
            </Typography.Paragraph>
            <Facts complaint={complaint} isPhone={isPhone} />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Flex vertical gap="middle">
            {complaint.status !== 'CLOSED' && canHandle && (
              <Card size="small" title={t('complaints.actions.assign')}>
                {/* Not keyed by version: a reload after a conflict keeps the picks. */}
                <AssignForm complaint={complaint} onDone={reload} onReload={reload} />
              </Card>
            )}
            {complaint.status !== 'CLOSED' && canHandle && !erased && (
              <Card size="small" title={t('complaints.fields.comment')}>
                <CommentForm complaint={complaint} onDone={reload} onReload={reload} />
              </Card>
            )}
            {['RESOLVED', 'CLOSED'].includes(complaint.status) && canHandle && (
              <Card size="small" title={t('complaints.survey')}>
                <SurveyInvitationButton complaintId={complaint.id} />
              </Card>
            )}
            <Card size="small" title={t('complaints.history')}>
              <HistoryTimeline events={complaint.history} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
