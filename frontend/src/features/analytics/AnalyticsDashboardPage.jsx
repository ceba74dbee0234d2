import { useQuery } from '@apollo/client/react';
import { Card, Col, Flex, Row, Select, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { formatDateTime } from '@/components/format';
import { LoadingState } from '@/components/LoadingState';
import { NotPermittedScreen } from '@/components/NotPermittedScreen';
import { localName, useLanguage } from '@/components/useLanguage';
import { ANALYTICS_OVERVIEW_QUERY } from '@/features/analytics/api/analyticsOverviewQuery';
import { barOption } from '@/features/analytics/chartOptions';
import { EChart } from '@/components/EChart';
import { numberFormat } from '@/components/chartFormat';
import { formatShare } from '@/features/analytics/format';

const TIER_COLORS = {
  PLATINUM: '#722ed1',
  GOLD: '#faad14',
  SILVER: '#8c8c8c',
  BRONZE: '#d4883b',
};

function useOptions(overview, language, t) {
  return useMemo(() => {
    if (!overview) return {};
    const tiers = {
      tooltip: { trigger: 'item', valueFormatter: numberFormat(language) },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          data: overview.valueTiers.map((v) => ({
            name: t(`analytics.tiers.${v.tier}`),
            value: v.customers,
            itemStyle: { color: TIER_COLORS[v.tier] },
          })),
        },
      ],
    };
    const segments = barOption(
      overview.segments.map((s) => localName(s.segment, language)),
      overview.segments.map((s) => s.customers),
      { language },
    );
    const penetration = barOption(
      overview.productPenetration.map((p) => localName(p.product, language)),
      overview.productPenetration.map((p) => p.share),
      { language, share: true },
    );
    return { tiers, segments, penetration };
  }, [overview, language, t]);
}

function Figures({ overview }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const offers = overview.recommendations;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} md={6}>
        <Statistic
          title={t('analytics.dashboard.customers')}
          value={overview.customers}
        />
      </Col>
      <Col xs={12} md={6}>
        <Statistic title={t('analytics.dashboard.offered')} value={offers.offered} />
      </Col>
      <Col xs={12} md={6}>
        <Statistic
          title={t('analytics.dashboard.decided')}
          value={offers.accepted + offers.declined}
        />
      </Col>
      <Col xs={12} md={6}>
        <Statistic
          title={t('analytics.dashboard.acceptanceRate')}
          value={formatShare(offers.acceptanceRate, language)}
        />
      </Col>
    </Row>
  );
}

function ChartCard({ title, option, children }) {
  return (
    <Card title={title} size="small">
      <EChart option={option} label={title} />
      {children}
    </Card>
  );
}

/** All customers, or one segment's members; the choice is kept in the URL. */
function SegmentPicker({ segments, value, onChange }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const options = segments.map(({ segment }) => ({
    value: segment.id,
    label: localName(segment, language),
  }));
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={(id) => onChange(id ?? null)}
      options={options}
      placeholder={t('analytics.dashboard.allCustomers')}
      aria-label={t('analytics.dashboard.segment')}
      style={{ width: 'min(280px, 100%)' }}
    />
  );
}

/** The analytics dashboard: value tiers, segment sizes, penetration, take-up. */
export function AnalyticsDashboardPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [search, setSearch] = useSearchParams();
  const segmentId = search.get('segment') || null;
  const { data, previousData, error, refetch } = useQuery(ANALYTICS_OVERVIEW_QUERY, {
    variables: { segmentId },
    errorPolicy: 'all',
  });
  const shown = data ?? previousData;
  const overview = shown?.analyticsOverview;
  const options = useOptions(overview, language, t);
  const forbidden = error?.errors?.some((e) => e.extensions?.code === 'FORBIDDEN');
  const pick = (id) => setSearch(id ? { segment: id } : {});

  if (forbidden) return <NotPermittedScreen permission="analytics.read" />;
  if (error && !overview) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!shown) return <LoadingState />;
  if (!overview) {
    return <EmptyState description={t('segments.detail.notFound')} />;
  }
  if (!overview.refreshedAt) {
    return <EmptyState description={t('analytics.dashboard.notRefreshed')} />;
  }
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="baseline" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('analytics.dashboard.title')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('analytics.dashboard.refreshedAt', {
            when: formatDateTime(overview.refreshedAt, language),
          })}
        </Typography.Text>
      </Flex>
      <SegmentPicker segments={overview.segments} value={segmentId} onChange={pick} />
      <Card size="small">
        <Figures overview={overview} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <ChartCard title={t('analytics.dashboard.tiers')} option={options.tiers} />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard
            title={t('analytics.dashboard.segments')}
            option={options.segments}
          />
        </Col>
        <Col xs={24}>
          <ChartCard
            title={t('analytics.dashboard.penetration')}
            option={options.penetration}
          />
        </Col>
      </Row>
    </Flex>
  );
}
