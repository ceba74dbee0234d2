import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '@/components/EmptyState';
import { blockingError } from '@/components/errors';
import { ErrorState } from '@/components/ErrorState';
import { formatDateTime, formatMoney } from '@/components/format';
import { LoadingState } from '@/components/LoadingState';
import { NotPermitted } from '@/components/NotPermitted';
import { StackList } from '@/components/StackList';
import { transactionCategory } from '@/components/transactionCategory';
import { useLanguage } from '@/components/useLanguage';
import { CUSTOMER_TRANSACTIONS_QUERY } from '@/features/customers/api/customerTransactionsQuery';

const PAGE_SIZE = 20;

function SignedAmount({ transaction }) {
  const language = useLanguage();
  const debit = transaction.direction === 'DEBIT';
  return (
    <Typography.Text type={debit ? 'danger' : 'success'}>
      {debit ? '−' : '+'}
      {formatMoney(transaction.amount, language)}
    </Typography.Text>
  );
}

function useColumns() {
  const { t } = useTranslation();
  const language = useLanguage();
  const channel = (tx) =>
    t(`enums.Channel.${tx.channel}`, { defaultValue: tx.channel });
  return [
    {
      title: t('transactions.bookedAt'),
      key: 'bookedAt',
      render: (_, tx) => formatDateTime(tx.bookedAt, language),
    },
    {
      title: t('transactions.description'),
      key: 'description',
      render: (_, tx) =>
        tx.description || tx.counterparty || transactionCategory(t, tx.category),
    },
    {
      title: t('transactions.category'),
      key: 'category',
      render: (_, tx) => transactionCategory(t, tx.category),
    },
    {
      title: t('transactions.channel'),
      key: 'channel',
      render: (_, tx) => channel(tx),
    },
    {
      title: t('transactions.account'),
      key: 'account',
      render: (_, tx) => tx.account.number,
    },
    {
      title: t('transactions.amount'),
      key: 'amount',
      align: 'right',
      render: (_, tx) => <SignedAmount transaction={tx} />,
    },
  ];
}

function TransactionItem({ transaction: tx }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const category = transactionCategory(t, tx.category);
  return (
    <Flex vertical style={{ width: '100%' }}>
      <Flex justify="space-between" gap="small" wrap>
        <Typography.Text>
          {tx.description || tx.counterparty || category}
        </Typography.Text>
        <SignedAmount transaction={tx} />
      </Flex>
      <Typography.Text type="secondary">
        {formatDateTime(tx.bookedAt, language)} · {category}
      </Typography.Text>
    </Flex>
  );
}

function TransactionRows({ transactions, isPhone }) {
  const columns = useColumns();
  if (isPhone) {
    return (
      <StackList
        divided
        items={transactions}
        renderItem={(tx) => <TransactionItem transaction={tx} />}
      />
    );
  }
  return (
    <Table
      rowKey="id"
      columns={columns}
      dataSource={transactions}
      pagination={false}
      size="small"
    />
  );
}

/** The customer's transactions, newest first, a page at a time. */
export function TransactionsSection({ customerId, isPhone }) {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore, loading } = useQuery(
    CUSTOMER_TRANSACTIONS_QUERY,
    { variables: { id: customerId, first: PAGE_SIZE }, errorPolicy: 'all' },
  );
  const failure = blockingError(error);
  const connection = data?.customer?.transactions;
  const title = connection
    ? t('customers.detail.transactions', { count: connection.totalCount })
    : t('customers.detail.transactionsTitle');

  let body;
  if (failure) body = <ErrorState error={failure} onRetry={refetch} />;
  else if (data?.customer && !connection) body = <NotPermitted />;
  else if (!connection) body = <LoadingState />;
  else if (!connection.edges.length) {
    body = <EmptyState description={t('customers.detail.noTransactions')} />;
  } else {
    const transactions = connection.edges.map((edge) => edge.node);
    const loadMore = () =>
      fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    body = (
      <Flex vertical gap="middle" align="center">
        <div style={{ width: '100%' }}>
          <TransactionRows transactions={transactions} isPhone={isPhone} />
        </div>
        {connection.pageInfo.hasNextPage && (
          <Button onClick={loadMore} loading={loading}>
            {t('customers.detail.loadMore')}
          </Button>
        )}
      </Flex>
    );
  }
  return (
    <Card title={title} size="small">
      {body}
    </Card>
  );
}
