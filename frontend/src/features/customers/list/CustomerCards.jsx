import { Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EnumTag } from '@/components/EnumTag';
import { StackList } from '@/components/StackList';
import { localName, useLanguage } from '@/components/useLanguage';
import { customerPath } from '@/features/customers/paths';

function CustomerCard({ customer }) {
  const { t } = useTranslation();
  const language = useLanguage();

  return (
    <Card size="small" style={{ width: '100%' }}>
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="baseline" gap="small" wrap>
          <Link to={customerPath(customer.id)} style={{ fontWeight: 600 }}>
            {customer.fullName}
          </Link>
          <EnumTag type="CustomerStatus" value={customer.status} />
        </Flex>
        {customer.nameLatin && (
          <Typography.Text type="secondary">{customer.nameLatin}</Typography.Text>
        )}
        <Typography.Text>
          {customer.customerNo} · {t(`enums.CustomerKind.${customer.kind}`)}
        </Typography.Text>
        <Typography.Text type="secondary">
          {localName(customer.branch, language)}
        </Typography.Text>
      </Flex>
    </Card>
  );
}

/** The phone list: one card per customer, stacked. */
export function CustomerCards({ customers, loading }) {
  return (
    <Spin spinning={Boolean(loading)}>
      <StackList
        items={customers}
        renderItem={(customer) => <CustomerCard customer={customer} />}
      />
    </Spin>
  );
}
