import { useQuery } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useIsPhone } from '@/components/useIsPhone';
import { useCan } from '@/lib/permissions';
import { CUSTOMERS_QUERY } from '@/features/customers/api/customersQuery';
import { ExportButton } from '@/features/customers/list/ExportButton';
import { CustomerCards } from '@/features/customers/list/CustomerCards';
import { CustomerFilters } from '@/features/customers/list/CustomerFilters';
import { CustomerTable } from '@/features/customers/list/CustomerTable';
import { listVariables } from '@/features/customers/list/listParams';
import { Pager } from '@/features/customers/list/Pager';
import { MAX_SEARCH_LENGTH } from '@/features/customers/list/SearchBox';
import { useListParams } from '@/features/customers/list/useListParams';
import { newCustomerPath } from '@/features/customers/paths';

function Results({ result, params, update, isPhone }) {
  const { t } = useTranslation();
  const { data, previousData, loading, error, refetch } = result;
  const connection = (data ?? previousData)?.customers;

  if (error) {
    // A cursor from an old link may no longer be valid: retry from page one.
    const paged = Boolean(params.after || params.before);
    // Of the list's inputs only the search text is free: a refusal is about it.
    const inputHint = params.text
      ? t('customers.list.searchRefused', { max: MAX_SEARCH_LENGTH })
      : undefined;
    return (
      <ErrorState
        error={error}
        onRetry={paged ? () => update({}) : refetch}
        inputHint={inputHint}
      />
    );
  }
  if (!connection) return <LoadingState />;
  if (connection.totalCount === 0 && !connection.edges.length) {
    return <EmptyState description={t('customers.list.empty')} />;
  }

  const customers = connection.edges.map((edge) => edge.node);
  return (
    <Flex vertical gap="middle">
      {isPhone ? (
        <CustomerCards customers={customers} loading={loading} />
      ) : (
        <CustomerTable
          customers={customers}
          params={params}
          loading={loading}
          onSort={(sort) => update(sort)}
        />
      )}
      <Pager connection={connection} params={params} onChange={update} />
    </Flex>
  );
}

export function CustomerListPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const [params, update] = useListParams();
  const canCreate = useCan('customer.write');
  const canExport = useCan('customer.export');
  const result = useQuery(CUSTOMERS_QUERY, {
    variables: listVariables(params),
    fetchPolicy: 'cache-and-network', // a list seen before shows at once, then refreshes
  });

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="small" wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('customers.list.title')}
        </Typography.Title>
        <Flex gap="small" wrap>
          {canExport && <ExportButton filter={listVariables(params).filter} />}
          {canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => navigate(newCustomerPath())}
            >
              {t('customers.actions.create')}
            </Button>
          )}
        </Flex>
      </Flex>
      <CustomerFilters params={params} onChange={update} isPhone={isPhone} />
      <Results result={result} params={params} update={update} isPhone={isPhone} />
    </Flex>
  );
}
