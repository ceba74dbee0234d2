import { Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '@/components/EmptyState';
import { EnumTag } from '@/components/EnumTag';
import { StackList } from '@/components/StackList';
import { formatDate, formatMoney } from '@/components/format';
import { NotPermitted } from '@/components/NotPermitted';
import { localName, useLanguage } from '@/components/useLanguage';

function useColumns() {
  const { t } = useTranslation();
  const language = useLanguage();
  return [
    { title: t('accounts.number'), dataIndex: 'number', key: 'number' },
    {
      title: t('accounts.product'),
      key: 'product',
      render: (_, a) => localName(a.product, language),
    },
    {
      title: t('accounts.status'),
      key: 'status',
      render: (_, a) => <EnumTag type="AccountStatus" value={a.status} />,
    },
    {
      title: t('accounts.openedOn'),
      key: 'openedOn',
      render: (_, a) => formatDate(a.openedOn, language),
    },
    {
      title: t('accounts.balance'),
      key: 'balance',
      align: 'right',
      render: (_, a) => formatMoney(a.balance, language),
    },
  ];
}

function AccountItem({ account }) {
  const language = useLanguage();
  return (
    <Flex vertical style={{ width: '100%' }}>
      <Flex justify="space-between" gap="small" wrap>
        <Typography.Text strong>{localName(account.product, language)}</Typography.Text>
        <Typography.Text>{formatMoney(account.balance, language)}</Typography.Text>
      </Flex>
      <Flex justify="space-between" gap="small" wrap>
        <Typography.Text type="secondary">{account.number}</Typography.Text>
        <EnumTag type="AccountStatus" value={account.status} />
      </Flex>
    </Flex>
  );
}

export function AccountsSection({ connection, isPhone }) {
  const { t } = useTranslation();
  const columns = useColumns();
  if (!connection) {
    return (
      <Card title={t('customers.detail.accountsTitle')} size="small">
        <NotPermitted />
      </Card>
    );
  }
  const accounts = connection.edges.map((edge) => edge.node);
  const title = t('customers.detail.accounts', { count: connection.totalCount });

  if (!accounts.length) {
    return (
      <Card title={title} size="small">
        <EmptyState description={t('customers.detail.noAccounts')} />
      </Card>
    );
  }
  return (
    <Card title={title} size="small">
      {isPhone ? (
        <StackList
          divided
          items={accounts}
          renderItem={(a) => <AccountItem account={a} />}
        />
      ) : (
        <Table
          rowKey="id"
          columns={columns}
          dataSource={accounts}
          pagination={false}
          size="small"
        />
      )}
    </Card>
  );
}
