import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { formatDateTime } from '@/components/format';
import { LoadingState } from '@/components/LoadingState';
import { useIsPhone } from '@/components/useIsPhone';
import { useLanguage } from '@/components/useLanguage';
import {
  ApproveDialog,
  RejectDialog,
} from '@/features/customers/detail/ErasureRequestBanner';
import { customerPath } from '@/features/customers/paths';
import { ERASURE_QUEUE_QUERY } from '@/features/erasure/api/erasureQueueQuery';

const PAGE_SIZE = 50;

function CustomerLink({ request }) {
  const { t } = useTranslation();
  const { customer } = request;
  if (!customer) return t('erasure.queue.hiddenCustomer');
  return (
    <Link
      to={customerPath(customer.id)}
      aria-label={t('erasure.queue.openCustomer', { number: customer.customerNo })}
    >
      {customer.customerNo}
    </Link>
  );
}

function Requester({ request }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap align="center">
      <span>{request.requestedByName ?? request.requestedBy}</span>
      {request.requestedByYou && <Tag>{t('erasure.queue.yours')}</Tag>}
    </Flex>
  );
}

/**
 * Open, approve, reject or withdraw. Four eyes: the requester is offered no
 * approval (and the server refuses one); the holds are checked on approval.
 */
function Actions({ request, onStep, block }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const own = request.requestedByYou;
  const number = request.customer?.customerNo;
  return (
    <Flex gap="small" wrap vertical={block}>
      {request.customer && (
        <Button
          block={block}
          onClick={() => navigate(customerPath(request.customer.id))}
        >
          {t('erasure.queue.open')}
        </Button>
      )}
      {!own && number && (
        <Button
          danger
          type="primary"
          block={block}
          onClick={() => onStep('approve', request)}
        >
          {t('customers.erase.approve')}
        </Button>
      )}
      <Button block={block} onClick={() => onStep('reject', request)}>
        {t(own ? 'customers.erase.withdraw' : 'customers.erase.reject')}
      </Button>
    </Flex>
  );
}

function useColumns(onStep) {
  const { t } = useTranslation();
  const language = useLanguage();
  return [
    {
      title: t('erasure.queue.customer'),
      key: 'customer',
      render: (_, r) => <CustomerLink request={r} />,
    },
    {
      title: t('erasure.queue.requestedBy'),
      key: 'requestedBy',
      render: (_, r) => <Requester request={r} />,
    },
    {
      title: t('erasure.queue.requestedAt'),
      key: 'requestedAt',
      render: (_, r) => formatDateTime(r.requestedAt, language),
    },
    {
      title: t('erasure.queue.ground'),
      key: 'ground',
      render: (_, r) => t(`customers.erase.grounds.${r.ground}`),
    },
    {
      title: t('erasure.queue.reference'),
      key: 'reference',
      render: (_, r) => r.reference,
    },
    {
      title: t('erasure.queue.actions'),
      key: 'actions',
      render: (_, r) => <Actions request={r} onStep={onStep} />,
    },
  ];
}

function RequestCards({ requests, onStep }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Flex vertical gap="small" role="list">
      {requests.map((request) => (
        <Card key={request.id} size="small" role="listitem">
          <Flex vertical gap={6}>
            <Flex justify="space-between" gap="small" wrap>
              <Typography.Text strong>
                <CustomerLink request={request} />
              </Typography.Text>
              <Typography.Text type="secondary">
                {formatDateTime(request.requestedAt, language)}
              </Typography.Text>
            </Flex>
            <Requester request={request} />
            <Typography.Text>
              {t(`customers.erase.grounds.${request.ground}`)} · {request.reference}
            </Typography.Text>
            <Actions request={request} onStep={onStep} block />
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}

/**
 * The queue of erasure requests waiting for a second person, oldest first,
 * for those who may erase: customer number, requester, when and ground, no
 * personal data. Approving here is the same four-eyes step as on the customer
 * page: the number is typed to confirm, and a hold refuses it in the dialog.
 */
export function ErasureQueuePage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [step, setStep] = useState(null);
  const [stale, setStale] = useState(false);
  const { data, error, refetch, fetchMore, loading } = useQuery(ERASURE_QUEUE_QUERY, {
    variables: { first: PAGE_SIZE },
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const reload = () => refetch().catch(() => {});
  const onStep = (kind, request) => {
    setStale(false);
    setStep({ kind, request });
  };
  const close = () => setStep(null);
  const onStale = () => {
    setStale(true);
    reload();
  };
  const columns = useColumns(onStep);
  const connection = data?.erasureRequests;
  const requests = connection?.edges.map((edge) => edge.node) ?? [];

  let body;
  if (!connection && error) body = <ErrorState error={error} onRetry={reload} />;
  else if (!connection) body = <LoadingState />;
  else if (!requests.length) {
    body = <EmptyState description={t('erasure.queue.empty')} />;
  } else if (isPhone) body = <RequestCards requests={requests} onStep={onStep} />;
  else {
    body = (
      <Table
        rowKey="id"
        columns={columns}
        dataSource={requests}
        pagination={false}
        size="small"
        scroll={{ x: 'max-content' }}
      />
    );
  }
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('erasure.queue.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('erasure.queue.fourEyes')}</Typography.Text>
      {stale && (
        <Alert
          type="info"
          showIcon
          role="alert"
          closable={{ onClose: () => setStale(false) }}
          title={t('erasure.queue.stale')}
        />
      )}
      {connection && (
        <Typography.Text type="secondary">
          {t('erasure.queue.count', { count: connection.totalCount })} ·{' '}
          {t('erasure.queue.order')}
        </Typography.Text>
      )}
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Button
          loading={loading}
          onClick={() =>
            fetchMore({ variables: { after: connection.pageInfo.endCursor } })
          }
        >
          {t('erasure.queue.loadMore')}
        </Button>
      )}
      {step?.kind === 'approve' && (
        <ApproveDialog
          customer={{ customerNo: step.request.customer.customerNo }}
          request={step.request}
          open
          onClose={close}
          onReload={reload}
          onStale={onStale}
          refetch="ErasureQueue"
        />
      )}
      {step?.kind === 'reject' && (
        <RejectDialog
          request={step.request}
          open
          onClose={close}
          onStale={onStale}
          refetch="ErasureQueue"
        />
      )}
    </Flex>
  );
}
