import { useQuery } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { NotPermittedScreen } from '@/components/NotPermittedScreen';
import { localName, useLanguage } from '@/components/useLanguage';
import { SEGMENTS_QUERY } from '@/features/segments/api/segmentsQuery';
import { newSegmentPath, segmentPath } from '@/features/segments/paths';
import { useCan } from '@/lib/permissions';

function SegmentCard({ segment }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const lines = (language === 'zh' ? segment.profile.zh : segment.profile.en) ?? [];
  return (
    <Card
      size="small"
      title={<Link to={segmentPath(segment.id)}>{localName(segment, language)}</Link>}
      extra={<Tag>{t(`segments.kinds.${segment.kind}`)}</Tag>}
    >
      <Flex vertical gap={4}>
        <Typography.Text strong>
          {t('segments.members', {
            count: segment.size,
            formatted: segment.size.toLocaleString(i18n.language),
          })}
        </Typography.Text>
        {lines.map((line) => (
          <Typography.Text key={line} type="secondary">
            {line}
          </Typography.Text>
        ))}
      </Flex>
    </Card>
  );
}

/** Learned and rule segments, with their size and what sets them apart. */
export function SegmentsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan('segment.manage');
  const { data, error, refetch } = useQuery(SEGMENTS_QUERY, { errorPolicy: 'all' });
  const segments = data?.segments?.edges.map((e) => e.node);

  if (data && !data.segments) return <NotPermittedScreen permission="segment.read" />;
  if (error && !segments) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!segments) return <LoadingState />;
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('segments.title')}
        </Typography.Title>
        {canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => navigate(newSegmentPath())}
          >
            {t('segments.new')}
          </Button>
        )}
      </Flex>
      {segments.length ? (
        <Row gutter={[16, 16]}>
          {segments.map((s) => (
            <Col key={s.id} xs={24} md={12} xl={8}>
              <SegmentCard segment={s} />
            </Col>
          ))}
        </Row>
      ) : (
        <EmptyState description={t('segments.none')} />
      )}
    </Flex>
  );
}
