import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, List, Select, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { formatDateTime } from '@/components/format';
import { LoadingState } from '@/components/LoadingState';
import { useIsPhone } from '@/components/useIsPhone';
import { useLanguage } from '@/components/useLanguage';
import { categoryNames } from '@/features/complaints/categoryLabel';
import {
  DeadlineTag,
  SeverityTag,
  StatusTag,
} from '@/features/complaints/ComplaintTags';
import {
  complaintPath,
  fileComplaintPath,
  serviceDashboardPath,
} from '@/features/complaints/paths';
import { useLiveQueue } from '@/features/complaints/queue/useLiveQueue';
import { QUEUES } from '@/features/complaints/workflow';
import { useCan } from '@/lib/permissions';

function QueuePicker({ queue, onChange, isPhone }) {
  const { t } = useTranslation();
  const options = QUEUES.map((q) => ({
    value: q,
    label: t(`complaints.queues.${q}`),
  }));
  if (isPhone) {
    return (
      <Select
        aria-label={t('complaints.queue')}
        value={queue}
        options={options}
        onChange={onChange}
        style={{ width: '100%' }}
      />
    );
  }
  return (
    <Tabs
      activeKey={queue}
      onChange={onChange}
      items={options.map((o) => ({ key: o.value, label: o.label }))}
    />
  );
}

function ComplaintCards({ nodes }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  return (
    <List
      dataSource={nodes}
      renderItem={(c) => (
        <List.Item style={{ paddingInline: 0 }}>
          <Card size="small" style={{ width: '100%' }}>
            <Flex vertical gap={4}>
              <Link to={complaintPath(c.id)}>
                {c.customer?.fullName ?? t('complaints.hiddenCustomer')} ·{' '}
                {categoryNames(c.category, language).issue}
              </Link>
              <Flex gap={4} wrap>
                <StatusTag status={c.status} />
                <SeverityTag severity={c.severity} />
                <DeadlineTag complaint={c} />
              </Flex>
              <Typography.Text type="secondary">
                {t('complaints.fields.dueAt')}: {formatDateTime(c.dueAt, i18n.language)}
              </Typography.Text>
            </Flex>
          </Card>
        </List.Item>
      )}
    />
  );
}

function ComplaintTable({ nodes }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const columns = [
    {
      title: t('complaints.fields.customer'),
      key: 'customer',
      render: (_, c) => (
        <Link to={complaintPath(c.id)}>
          {c.customer?.fullName ?? t('complaints.hiddenCustomer')}
        </Link>
      ),
    },
    {
      title: t('complaints.fields.category'),
      key: 'category',
      render: (_, c) => categoryNames(c.category, language).issue,
    },
    {
      title: t('complaints.fields.status'),
      key: 'status',
      render: (_, c) => <StatusTag status={c.status} />,
    },
    {
      title: t('complaints.fields.severity'),
      key: 'severity',
      render: (_, c) => <SeverityTag severity={c.severity} />,
    },
    {
      title: t('complaints.fields.receivedAt'),
      key: 'receivedAt',
      render: (_, c) => formatDateTime(c.receivedAt, i18n.language),
    },
    {
      title: t('complaints.fields.dueAt'),
      key: 'dueAt',
      render: (_, c) => (
        <Flex gap={4} align="center" wrap>
          {formatDateTime(c.dueAt, i18n.language)}
          <DeadlineTag complaint={c} />
        </Flex>
      ),
    },
    {
      title: t('complaints.fields.assignee'),
      key: 'assignee',
      render: (_, c) => c.assigneeName ?? c.assignee,
    },
  ];
  return (
    <Table
      rowKey="id"
      columns={columns}
      dataSource={nodes}
      pagination={false}
      size="middle"
    />
  );
}

function QueueBody({ queue, isPhone }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch, loadMore, liveError } = useLiveQueue(queue);

  if (error)
    return <ErrorState error={error} onRetry={() => refetch().catch(() => {})} />;
  if (!data) return <LoadingState />;
  const connection = data.complaints;
  const nodes = connection.edges.map((edge) => edge.node);
  return (
    <Flex vertical gap="small">
      {liveError && <Alert type="warning" showIcon title={t('complaints.liveLost')} />}
      <Typography.Text type="secondary">
        {t('complaints.count', { count: connection.totalCount })}
      </Typography.Text>
      {nodes.length === 0 ? (
        <EmptyState description={t('complaints.empty')} />
      ) : isPhone ? (
        <ComplaintCards nodes={nodes} />
      ) : (
        <ComplaintTable nodes={nodes} />
      )}
      {connection.pageInfo.hasNextPage && (
        <Button
          onClick={() => loadMore().catch(() => {})}
          loading={loading}
          block={isPhone}
        >
          {t('complaints.loadMore')}
        </Button>
      )}
    </Flex>
  );
}

/** The work queues, live: mine, team, unassigned, at risk, breached, and those the
 * user filed. Staff who file but do not handle complaints (tellers) start on theirs. */
export function ComplaintQueuesPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const canFile = useCan('complaint.file');
  const canHandle = useCan('complaint.handle');
  const canSeeDashboard = useCan('survey.read');
  const [params, setParams] = useSearchParams();
  const fallback = canFile && !canHandle ? 'FILED' : 'MINE';
  const queue = QUEUES.includes(params.get('queue')) ? params.get('queue') : fallback;

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="small" wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('complaints.title')}
        </Typography.Title>
        <Flex gap="small" wrap>
          {canSeeDashboard && (
            <Link to={serviceDashboardPath()}>{t('complaints.dashboard.title')}</Link>
          )}
          {canFile && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate(fileComplaintPath())}
            >
              {t('complaints.actions.file')}
            </Button>
          )}
        </Flex>
      </Flex>
      <QueuePicker
        queue={queue}
        isPhone={isPhone}
        onChange={(q) => setParams({ queue: q })}
      />
      <QueueBody key={queue} queue={queue} isPhone={isPhone} />
    </Flex>
  );
}
