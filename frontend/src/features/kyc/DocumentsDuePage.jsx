import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { EnumTag } from '@/components/EnumTag';
import { ErrorState } from '@/components/ErrorState';
import { formatDate } from '@/components/format';
import { LoadingState } from '@/components/LoadingState';
import { useIsPhone } from '@/components/useIsPhone';
import { useLanguage } from '@/components/useLanguage';
import { customerPath } from '@/features/customers/paths';
import { DOCUMENTS_DUE_QUERY } from '@/features/kyc/api/documentsDueQuery';
import {
  DEFAULT_WINDOW,
  WINDOWS,
  daysLeft,
  readWindow,
  windowVariables,
} from '@/features/kyc/window';

const PAGE_SIZE = 50;

function Who({ document }) {
  const { customer } = document;
  if (!customer) return '—';
  return (
    <Link to={customerPath(customer.id)}>
      {customer.fullName} · {customer.customerNo}
    </Link>
  );
}

/** Days to the expiry date, or since it, as a tag: red once past, orange within 30. */
function DaysLeft({ expiresOn }) {
  const { t } = useTranslation();
  const days = daysLeft(expiresOn);
  if (days === null) return '—';
  if (days < 0) {
    return <Tag color="red">{t('kyc.due.daysAgo', { count: -days })}</Tag>;
  }
  if (days === 0) return <Tag color="red">{t('kyc.due.today')}</Tag>;
  return (
    <Tag color={days <= 30 ? 'orange' : 'gold'}>
      {t('kyc.due.daysLeft', { count: days })}
    </Tag>
  );
}

function DocType({ document }) {
  const { t } = useTranslation();
  return t(`records.kyc.types.${document.docType}`, { defaultValue: document.docType });
}

/** The number as the graph gives it: masked unless the role may read it whole. */
function DocNumber({ document }) {
  return <Typography.Text code>{document.number}</Typography.Text>;
}

function useColumns() {
  const { t } = useTranslation();
  const language = useLanguage();
  return [
    {
      title: t('kyc.due.customer'),
      key: 'who',
      render: (_, d) => <Who document={d} />,
    },
    {
      title: t('records.kyc.docType'),
      key: 'type',
      render: (_, d) => <DocType document={d} />,
    },
    {
      title: t('records.kyc.number'),
      key: 'number',
      render: (_, d) => <DocNumber document={d} />,
    },
    {
      title: t('records.kyc.expiresOn'),
      key: 'expiresOn',
      render: (_, d) => formatDate(d.expiresOn, language),
    },
    {
      title: t('kyc.due.left'),
      key: 'left',
      render: (_, d) => <DaysLeft expiresOn={d.expiresOn} />,
    },
    {
      title: t('kyc.due.verification'),
      key: 'status',
      render: (_, d) => <EnumTag type="DocumentStatus" value={d.status} />,
    },
  ];
}

function DocumentCards({ documents }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Flex vertical gap="small" role="list">
      {documents.map((document) => (
        <Card key={document.id} size="small" role="listitem">
          <Flex vertical gap={4}>
            <Flex justify="space-between" gap="small" wrap>
              <Who document={document} />
              <DaysLeft expiresOn={document.expiresOn} />
            </Flex>
            <Typography.Text>
              <DocType document={document} /> <DocNumber document={document} />
            </Typography.Text>
            <Flex justify="space-between" gap="small" wrap>
              <Typography.Text type="secondary">
                {t('records.kyc.expiresOn')} {formatDate(document.expiresOn, language)}
              </Typography.Text>
              <EnumTag type="DocumentStatus" value={document.status} />
            </Flex>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}

/**
 * KYC documents that need renewing, for compliance staff: those expired already
 * or due within 30, 60 or 90 days, soonest first, of the customers the user may
 * see (the server keeps branch staff to their branch).
 */
export function DocumentsDuePage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const columns = useColumns();
  const [search, setSearch] = useSearchParams();
  const span = readWindow(search);
  const { data, error, refetch, fetchMore, loading } = useQuery(DOCUMENTS_DUE_QUERY, {
    variables: { ...windowVariables(span), first: PAGE_SIZE },
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.kycDocumentsDue;
  const documents = connection?.edges.map((edge) => edge.node) ?? [];
  const choose = (value) =>
    setSearch(value === DEFAULT_WINDOW ? {} : { within: value }, { replace: true });

  let body;
  if (!connection && error)
    body = <ErrorState error={error} onRetry={() => refetch()} />;
  else if (!connection) body = <LoadingState />;
  else if (!documents.length) {
    body = <EmptyState description={t(`kyc.due.empty.${span}`)} />;
  } else if (isPhone) body = <DocumentCards documents={documents} />;
  else {
    body = (
      <Table
        rowKey="id"
        columns={columns}
        dataSource={documents}
        pagination={false}
        size="small"
        scroll={{ x: 'max-content' }}
      />
    );
  }
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('kyc.due.title')}
      </Typography.Title>
      <Segmented
        aria-label={t('kyc.due.window')}
        value={span}
        onChange={choose}
        options={WINDOWS.map((value) => ({
          value,
          // A phone has room for four short labels side by side, not long ones.
          label: t(`kyc.due.${isPhone ? 'windowsShort' : 'windows'}.${value}`),
          title: t(`kyc.due.windows.${value}`),
        }))}
        block={isPhone}
      />
      {connection && (
        <Typography.Text type="secondary">
          {t('kyc.due.count', { count: connection.totalCount })} · {t('kyc.due.order')}
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
          {t('kyc.due.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
