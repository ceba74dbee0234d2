import { Card, Flex, Spin, Typography, theme } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EnumTag } from '@/components/EnumTag';
import { StackList } from '@/components/StackList';
import { localName, useLanguage } from '@/components/useLanguage';
import { customerPath } from '@/features/customers/paths';

function CustomerCard({ customer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { token } = theme.useToken();
  const id = useId();

  // The whole card is one link, so a tap anywhere on it opens the customer. It
  // holds no other interactive element (the status tag is plain text). A
  // screen reader names it by the customer's name; the rest describes it.
  return (
    <Link
      to={customerPath(customer.id)}
      className="customer-card"
      aria-labelledby={`${id}-name`}
      aria-describedby={`${id}-status ${id}-rest`}
      style={{ display: 'block', color: 'inherit' }}
    >
      <Card size="small" hoverable style={{ width: '100%' }}>
        <Flex vertical gap={4}>
          <Flex justify="space-between" align="baseline" gap="small" wrap>
            <Typography.Text
              id={`${id}-name`}
              strong
              style={{ color: token.colorLink }}
            >
              {customer.fullName}
            </Typography.Text>
            <span id={`${id}-status`}>
              <EnumTag type="CustomerStatus" value={customer.status} />
            </span>
          </Flex>
          <Flex vertical gap={4} id={`${id}-rest`}>
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
        </Flex>
      </Card>
    </Link>
  );
}

/** The phone list: one card per customer, stacked; each card is one link. */
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
