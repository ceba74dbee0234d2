import { Button, Card, Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { blockingError } from '@/components/errors';
import { ErrorState } from '@/components/ErrorState';
import { formatDateTime, formatMoney } from '@/components/format';
import { LoadingState } from '@/components/LoadingState';
import { useIsPhone } from '@/components/useIsPhone';
import { useLanguage } from '@/components/useLanguage';
import { customerPath } from '@/features/customers/paths';
import { useLiveAlerts } from '@/features/risk/alerts/liveAlerts';
import { ReviewDialog } from '@/features/risk/alerts/ReviewDialog';
import { factorText, percent } from '@/features/risk/customer/factorText';
import { useCan } from '@/lib/permissions';

const STATUSES = ['OPEN', 'ESCALATED', 'DISMISSED', 'CONFIRMED'];
const ACTIONS = {
  OPEN: ['ESCALATE', 'DISMISS', 'CONFIRM'],
  ESCALATED: ['DISMISS', 'CONFIRM'],
};
const PAGE_SIZE = 20;
// The rules a regulation or an agreement sets stand out from the behavioural ones.
const RULE_COLORS = { large_value: 'volcano', overdraft: 'red' };

/** Each rule that fired, by name, and what it saw, in the user's language. */
function Reasons({ alert }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Flex vertical gap={2}>
      {alert.reasons.map((reason) => (
        <div key={reason.code}>
          <Tag color={RULE_COLORS[reason.code]}>
            {t(`risk.alerts.rule.${reason.code}`, { defaultValue: reason.code })}
          </Tag>
          <Typography.Text>{factorText(reason, language)}</Typography.Text>
        </div>
      ))}
    </Flex>
  );
}

function Actions({ alert, onReview }) {
  const { t } = useTranslation();
  if (!useCan('alert.review')) return null;
  return (
    <Flex gap="small" wrap>
      {(ACTIONS[alert.status] ?? []).map((action) => (
        <Button
          key={action}
          size="small"
          danger={action === 'CONFIRM'}
          onClick={() => onReview(alert, action)}
        >
          {t(`risk.alerts.action.${action}`)}
        </Button>
      ))}
    </Flex>
  );
}

function Who({ alert }) {
  if (!alert.customer) return '—';
  return (
    <Link to={customerPath(alert.customer.id)}>
      {alert.customer.fullName} · {alert.customer.customerNo}
    </Link>
  );
}

function useColumns(onReview) {
  const { t } = useTranslation();
  const language = useLanguage();
  return [
    {
      title: t('risk.alerts.bookedAt'),
      key: 'at',
      render: (_, a) => formatDateTime(a.transaction?.bookedAt, language),
    },
    {
      title: t('risk.alerts.customer'),
      key: 'who',
      render: (_, a) => <Who alert={a} />,
    },
    {
      title: t('risk.alerts.amount'),
      key: 'amount',
      align: 'right',
      render: (_, a) => formatMoney(a.transaction?.amount, language),
    },
    {
      title: t('risk.alerts.score'),
      key: 'score',
      render: (_, a) => percent(a.score, 0),
    },
    {
      title: t('risk.alerts.reasons'),
      key: 'reasons',
      render: (_, a) => <Reasons alert={a} />,
    },
    {
      title: '',
      key: 'actions',
      render: (_, a) => <Actions alert={a} onReview={onReview} />,
    },
  ];
}

function AlertCards({ alerts, onReview }) {
  const language = useLanguage();
  return (
    <Flex vertical gap="small" role="list">
      {alerts.map((alert) => (
        <Card key={alert.id} size="small" role="listitem">
          <Flex vertical gap={4}>
            <Flex justify="space-between" gap="small" wrap>
              <Who alert={alert} />
              <Tag color="red">{percent(alert.score, 0)}</Tag>
            </Flex>
            <Typography.Text type="secondary">
              {formatDateTime(alert.transaction?.bookedAt, language)} ·{' '}
              {formatMoney(alert.transaction?.amount, language)}
            </Typography.Text>
            <Reasons alert={alert} />
            <Actions alert={alert} onReview={onReview} />
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}

/** Abnormal-transaction alerts by status, highest score then newest first, reviewed in place. */
export function AlertQueuePage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [status, setStatus] = useState('OPEN');
  const [reviewing, setReviewing] = useState(null);
  const { data, error, refetch, fetchMore, loading } = useLiveAlerts(status, PAGE_SIZE);
  const columns = useColumns((alert, action) => setReviewing({ alert, action }));
  const failure = blockingError(error);
  const connection = data?.alerts;
  const alerts = connection?.edges.map((edge) => edge.node) ?? [];
  const onReview = (alert, action) => setReviewing({ alert, action });
  const closeReview = (done) => {
    setReviewing(null);
    if (done) refetch().catch(() => {});
  };

  let body;
  if (failure) body = <ErrorState error={failure} onRetry={() => refetch()} />;
  else if (!data) body = <LoadingState />;
  else if (!connection) body = <EmptyState description={t('risk.notPermitted')} />;
  else if (!alerts.length) body = <EmptyState description={t('risk.alerts.empty')} />;
  else if (isPhone) body = <AlertCards alerts={alerts} onReview={onReview} />;
  else {
    body = (
      <Table
        rowKey="id"
        columns={columns}
        dataSource={alerts}
        pagination={false}
        size="small"
      />
    );
  }
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('risk.alerts.title')}
      </Typography.Title>
      <Segmented
        aria-label={t('risk.alerts.statusFilter')}
        value={status}
        onChange={setStatus}
        options={STATUSES.map((s) => ({
          value: s,
          label: t(`risk.alerts.status.${s}`),
        }))}
        block={isPhone}
      />
      <Typography.Text type="secondary">
        {t('risk.alerts.count', { count: connection?.totalCount ?? 0 })}
      </Typography.Text>
      <Typography.Text type="secondary">{t('risk.alerts.order')}</Typography.Text>
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Button
          loading={loading}
          onClick={() =>
            fetchMore({ variables: { after: connection.pageInfo.endCursor } })
          }
        >
          {t('risk.alerts.loadMore')}
        </Button>
      )}
      {reviewing && (
        <ReviewDialog
          alert={reviewing.alert}
          action={reviewing.action}
          onClose={closeReview}
        />
      )}
    </Flex>
  );
}
