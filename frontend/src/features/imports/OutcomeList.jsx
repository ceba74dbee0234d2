import { Card, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { StackList } from '@/components/StackList';

const PHONE_LIMIT = 200;
const COLORS = {
  CREATE: 'green',
  UPDATE: 'blue',
  UNCHANGED: 'default',
  SKIP: 'default',
};

function Changes({ changes }) {
  const { t } = useTranslation();
  if (!changes.length) return null;
  return (
    <Flex vertical gap={2}>
      {changes.map((c) => (
        <Typography.Text key={c.field}>
          {t(`imports.targets.${c.field}`, { defaultValue: c.field })}:{' '}
          <Typography.Text code>{c.old || '—'}</Typography.Text> →{' '}
          <Typography.Text code>{c.new || '—'}</Typography.Text>
        </Typography.Text>
      ))}
    </Flex>
  );
}

/**
 * The row's customer number; a row a dry run would create without a number in
 * the file gets one drawn only when committed, so it reads "new customer".
 */
function Customer({ outcome }) {
  const { t } = useTranslation();
  if (outcome.customerNo)
    return <Typography.Text>{outcome.customerNo}</Typography.Text>;
  if (outcome.action !== 'CREATE') return null;
  return (
    <Typography.Text type="secondary">
      {t('imports.outcome.newCustomer')}
    </Typography.Text>
  );
}

function ActionTag({ action }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[action]}>{t(`imports.outcome.${action}`)}</Tag>;
}

/** What each row does (dry run) or did: create, update with its changes, nothing. */
export function OutcomeList({ outcomes, isPhone }) {
  const { t } = useTranslation();
  if (isPhone) {
    return (
      <StackList
        items={outcomes.slice(0, PHONE_LIMIT)}
        itemKey={(o) => String(o.row)}
        renderItem={(o) => (
          <Card size="small">
            <Flex vertical gap={4}>
              <Flex gap="small" align="center" wrap>
                <Typography.Text strong>
                  {t('imports.outcome.row', { row: o.row })}
                </Typography.Text>
                <ActionTag action={o.action} />
                <Customer outcome={o} />
              </Flex>
              <Changes changes={o.changes} />
            </Flex>
          </Card>
        )}
      />
    );
  }
  const columns = [
    { title: t('imports.report.row'), dataIndex: 'row', key: 'row', width: 80 },
    {
      title: t('imports.outcome.action'),
      dataIndex: 'action',
      key: 'action',
      render: (action) => <ActionTag action={action} />,
    },
    {
      title: t('imports.outcome.customer'),
      key: 'customerNo',
      render: (_, o) => <Customer outcome={o} />,
    },
    {
      title: t('imports.outcome.changes'),
      key: 'changes',
      render: (_, o) => <Changes changes={o.changes} />,
    },
  ];
  return (
    <Table
      rowKey="row"
      columns={columns}
      dataSource={outcomes}
      size="small"
      pagination={{ pageSize: 50 }}
      scroll={{ x: true }}
    />
  );
}
