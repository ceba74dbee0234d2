import { useQuery } from '@apollo/client/react';
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { shareFormat } from '@/components/chartFormat';
import { EChart } from '@/components/EChart';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { NotPermittedPart } from '@/components/NotPermittedScreen';
import { useLanguage } from '@/components/useLanguage';
import { SERVICE_DASHBOARD_QUERY } from '@/features/surveys/api/serviceDashboardQuery';
import {
  ageOption,
  channelOption,
  satisfactionOption,
  statusOption,
} from '@/features/surveys/dashboardOptions';
import { SegmentSelect } from '@/features/segments/SegmentSelect';
import { useCan } from '@/lib/permissions';

const DAY = 24 * 60 * 60 * 1000;
// Complaint and channel figures come from serviceStatistics, which needs it.
const COMPLAINT_READ = 'complaint.read';

function periods() {
  const now = Date.now();
  return {
    from: new Date(now - 90 * DAY).toISOString(),
    surveysFrom: new Date(now - 365 * DAY).toISOString(),
  };
}

function ChartCard({ title, option }) {
  return (
    <Col xs={24} lg={12}>
      <Card size="small" title={title}>
        <EChart option={option} label={title} height={260} />
      </Card>
    </Col>
  );
}

function Charts({ data }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const stats = data.serviceStatistics;
  const options = useMemo(
    () => ({
      status:
        stats &&
        statusOption(
          stats.openByStatus,
          (k) => t(`complaints.status.${k.toUpperCase()}`),
          language,
        ),
      age:
        stats &&
        ageOption(
          stats.openByAge,
          (k) => t('surveys.dashboard.days', { range: k }),
          language,
        ),
      channel:
        stats &&
        channelOption(
          stats.interactionsByChannel,
          (k) => t(`interactions.channel.${k.toUpperCase()}`),
          language,
        ),
      satisfaction: satisfactionOption(
        data.csat,
        data.nps,
        { csat: 'CSAT', nps: 'NPS' },
        language,
      ),
    }),
    [data, stats, t, language],
  );
  return (
    <Row gutter={[16, 16]}>
      {stats && <ComplaintFigures stats={stats} />}
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic
            title={t('surveys.dashboard.lastNps')}
            value={data.nps.at(-1)?.nps ?? '—'}
          />
        </Card>
      </Col>
      {stats && (
        <ChartCard title={t('surveys.dashboard.byStatus')} option={options.status} />
      )}
      {stats && <ChartCard title={t('surveys.dashboard.byAge')} option={options.age} />}
      <ChartCard
        title={t('surveys.dashboard.satisfaction')}
        option={options.satisfaction}
      />
      {stats && (
        <ChartCard title={t('surveys.dashboard.byChannel')} option={options.channel} />
      )}
      {!stats && (
        <Col xs={24} lg={12}>
          <Card size="small" title={t('surveys.dashboard.complaintsAndChannels')}>
            <NotPermittedPart permission={COMPLAINT_READ} />
          </Card>
        </Col>
      )}
    </Row>
  );
}

/** Open complaints, those received in the period and the share that breached. */
function ComplaintFigures({ stats }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rate = shareFormat(language)(stats.breachRate);
  return (
    <>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic
            title={t('surveys.dashboard.open')}
            value={stats.openByStatus.reduce((n, c) => n + c.count, 0)}
          />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic title={t('surveys.dashboard.received')} value={stats.received} />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic title={t('surveys.dashboard.breachRate')} value={rate} />
        </Card>
      </Col>
    </>
  );
}

/**
 * Service at a glance: open complaints, breaches, CSAT and NPS, channels. A role
 * that may read surveys but not complaints (an analyst) gets the satisfaction
 * figures, and is told why the complaint and channel figures are missing.
 */
export function ServiceDashboardPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const canSegments = useCan('segment.read');
  const withComplaints = useCan(COMPLAINT_READ);
  // The segment narrows complaints and interactions only: without them it is moot.
  const segmentId = (canSegments && withComplaints && search.get('segment')) || null;
  const [period] = useState(periods);
  const { data, previousData, error, refetch } = useQuery(SERVICE_DASHBOARD_QUERY, {
    variables: { ...period, segmentId, withComplaints },
  });
  const shown = data ?? previousData;
  const pick = (id) => setSearch(id ? { segment: id } : {});

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('surveys.dashboard.title')}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('surveys.dashboard.period')}
      </Typography.Text>
      {/* All customers, or one segment's members (complaints and interactions;
          survey figures stay bank-wide). */}
      {canSegments && withComplaints && (
        <SegmentSelect
          value={segmentId}
          onChange={pick}
          placeholder={t('surveys.dashboard.allCustomers')}
          label={t('surveys.dashboard.segment')}
          style={{ width: 'min(280px, 100%)' }}
        />
      )}
      {error && <ErrorState error={error} onRetry={() => refetch().catch(() => {})} />}
      {!error && !shown && <LoadingState />}
      {!error && shown && <Charts data={shown} />}
    </Flex>
  );
}
