import { useQuery } from '@apollo/client/react';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useIsPhone } from '@/components/useIsPhone';
import { AUDIT_EVENTS_QUERY } from '@/features/audit/api/auditEventsQuery';
import { AuditEventList } from '@/features/audit/AuditEventList';
import { AuditFilters } from '@/features/audit/AuditFilters';
import { auditFilter, readParams, withChanges } from '@/features/audit/auditParams';
import { VerificationBanner } from '@/features/audit/VerificationBanner';

const PAGE_SIZE = 20;

/**
 * One filter's events, a page at a time, newest first. The cursors of the
 * pages before are kept, so Previous goes back exactly where Next came from.
 */
function Results({ filter, isPhone, onCustomer }) {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState([]);
  const after = cursors.at(-1);
  const { data, previousData, loading, error, refetch } = useQuery(AUDIT_EVENTS_QUERY, {
    variables: { filter, first: PAGE_SIZE, after },
    fetchPolicy: 'network-only', // the trail grows all the time
  });
  const connection = (data ?? previousData)?.auditEvents;

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!connection) return <LoadingState />;
  if (!connection.edges.length) {
    return <EmptyState description={t('audit.empty')} />;
  }
  const events = connection.edges.map((edge) => edge.node);
  const page = cursors.length + 1;
  return (
    <Flex vertical gap="middle">
      <Typography.Text>
        {t('audit.total', { count: connection.totalCount, page })}
      </Typography.Text>
      <AuditEventList events={events} isPhone={isPhone} onCustomer={onCustomer} />
      <Flex gap="small" wrap>
        <Button
          disabled={!cursors.length || loading}
          onClick={() => setCursors(cursors.slice(0, -1))}
        >
          {t('audit.previous')}
        </Button>
        <Button
          disabled={!connection.pageInfo.hasNextPage || loading}
          onClick={() => setCursors([...cursors, connection.pageInfo.endCursor])}
        >
          {t('audit.next')}
        </Button>
      </Flex>
    </Flex>
  );
}

/** The audit trail for compliance auditors: filter, page, and the chain's state. */
export function AuditTrailPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readParams(searchParams);
  const filter = auditFilter(params);
  const update = (changes) => setSearchParams(withChanges(searchParams, changes));

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <VerificationBanner />
      <AuditFilters params={params} onChange={update} isPhone={isPhone} />
      <Results
        key={JSON.stringify(filter)}
        filter={filter}
        isPhone={isPhone}
        onCustomer={(customer) => update({ customer })}
      />
    </Flex>
  );
}
