import { EditOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { EnumTag } from '@/components/EnumTag';
import { useIsPhone } from '@/components/useIsPhone';
import { useCan } from '@/lib/permissions';
import { CustomerAnalyticsSection } from '@/features/analytics/CustomerAnalyticsSection';
import { customerAuditPath } from '@/features/audit/paths';
import { CUSTOMER_QUERY } from '@/features/customers/api/customerQuery';
import { AccountsSection } from '@/features/customers/detail/AccountsSection';
import { ArchivedBanner } from '@/features/customers/detail/ArchivedBanner';
import { ArchiveToggle } from '@/features/customers/detail/ArchiveToggle';
import { BalanceSummary } from '@/features/customers/detail/BalanceSummary';
import { ErasureRequestBanner } from '@/features/customers/detail/ErasureRequestBanner';
import { ExportDataButton } from '@/features/customers/detail/ExportDataButton';
import { ProfileSection } from '@/features/customers/detail/ProfileSection';
import { RequestErasureButton } from '@/features/customers/detail/RequestErasureButton';
import { TransactionsSection } from '@/features/customers/detail/TransactionsSection';
import {
  customersPath,
  editCustomerPath,
  mergeCustomerPath,
} from '@/features/customers/paths';
import { useRouteCustomer } from '@/features/customers/useRouteCustomer';
import { TimelineSection } from '@/features/interactions/TimelineSection';
import { CustomerRecordsSection } from '@/features/records/CustomerRecordsSection';
import { CustomerRiskSection } from '@/features/risk/customer/CustomerRiskSection';

function Header({ customer, onReload }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canEdit = useCan('customer.write');
  const canArchive = useCan('customer.archive');
  const canAudit = useCan('audit.read');
  const canErase = useCan('customer.erase');
  const canExport = useCan('customer.export');
  const canReadPii = useCan('customer.pii.read');
  const canReadFinancial = useCan('customer.financial.read');
  const canExportData = canExport && canReadPii && canReadFinancial;
  // The server refuses every change to an erased customer; the erased banner
  // says why the actions are gone.
  const erased = Boolean(customer.erasedAt);
  return (
    <Flex justify="space-between" align="center" gap="small" wrap>
      <Flex vertical>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {customer.fullName}
        </Typography.Title>
        <Flex gap="small" wrap align="center">
          <Typography.Text type="secondary">{customer.customerNo}</Typography.Text>
          <EnumTag type="CustomerStatus" value={customer.status} />
        </Flex>
      </Flex>
      <Flex gap="small" wrap>
        {canEdit && !erased && (
          <Button
            type="primary"
            icon={<EditOutlined aria-hidden />}
            onClick={() => navigate(editCustomerPath(customer.id))}
            disabled={Boolean(customer.archivedAt)}
          >
            {t('customers.actions.edit')}
          </Button>
        )}
        {canEdit && !erased && (
          <Button
            onClick={() => navigate(mergeCustomerPath(customer.id))}
            disabled={Boolean(customer.archivedAt)}
          >
            {t('records.merge.open')}
          </Button>
        )}
        {canArchive && !erased && (
          <ArchiveToggle customer={customer} onReload={onReload} />
        )}
        {canExportData && <ExportDataButton customer={customer} />}
        {canErase && !erased && (
          <RequestErasureButton customer={customer} onReload={onReload} />
        )}
        {canAudit && (
          <Link to={customerAuditPath(customer.id)}>
            {t('customers.actions.auditTrail')}
          </Link>
        )}
      </Flex>
    </Flex>
  );
}

function Sections({ customer, isPhone }) {
  const profile = <ProfileSection customer={customer} isPhone={isPhone} />;
  const balances = <BalanceSummary balances={customer.balanceSummary} />;
  const accounts = <AccountsSection connection={customer.accounts} isPhone={isPhone} />;
  const transactions = (
    <TransactionsSection customerId={customer.id} isPhone={isPhone} />
  );
  const timeline = <TimelineSection customerId={customer.id} />;
  const records = <CustomerRecordsSection customerId={customer.id} isPhone={isPhone} />;
  const risk = <CustomerRiskSection customerId={customer.id} isPhone={isPhone} />;

  if (isPhone) {
    return (
      <Flex vertical gap="middle">
        {balances}
        {profile}
        {records}
        {timeline}
        {accounts}
        {transactions}
        {risk}
      </Flex>
    );
  }
  return (
    <Flex vertical gap="middle">
      <Row gutter={16}>
        <Col span={16}>{profile}</Col>
        <Col span={8}>{balances}</Col>
      </Row>
      {records}
      {timeline}
      {accounts}
      {transactions}
      {risk}
    </Flex>
  );
}

/** Customer 360, first cut: profile, balances, accounts and transactions. */
export function CustomerDetailPage() {
  const { t } = useTranslation();
  const canErase = useCan('customer.erase');
  const isPhone = useIsPhone();
  // Parts the user may not see come back null with a FORBIDDEN error; the
  // rest of the customer still shows.
  const { customer, reload, fallback } = useRouteCustomer(CUSTOMER_QUERY, {
    errorPolicy: 'all',
  });
  if (fallback) return fallback;
  return (
    <Flex vertical gap="middle">
      <Link to={customersPath()}>← {t('customers.actions.backToList')}</Link>
      <Header customer={customer} onReload={reload} />
      <ArchivedBanner customer={customer} />
      {canErase && <ErasureRequestBanner customer={customer} onReload={reload} />}
      <Sections customer={customer} isPhone={isPhone} />
      <CustomerAnalyticsSection customerId={customer.id} isPhone={isPhone} />
    </Flex>
  );
}
