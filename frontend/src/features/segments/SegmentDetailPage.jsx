import { useQuery } from '@apollo/client/react';
import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { EnumTag } from '@/components/EnumTag';
import { ErrorState } from '@/components/ErrorState';
import { formatDateTime } from '@/components/format';
import { LoadingState } from '@/components/LoadingState';
import { StackList } from '@/components/StackList';
import { localName, useLanguage } from '@/components/useLanguage';
import { useIsPhone } from '@/components/useIsPhone';
import { SEGMENT_QUERY } from '@/features/segments/api/segmentQuery';
import { segmentsPath } from '@/features/segments/paths';
import { RenameSegment } from '@/features/segments/RenameSegment';
import { SegmentProfileChart } from '@/features/segments/SegmentProfileChart';
import { Can } from '@/lib/permissions';

// The customer view's path; kept here so this feature imports no other.
const customerPath = (id) => `/customers/${encodeURIComponent(id)}`;

function Members({ connection, isPhone, onNext }) {
  const { t } = useTranslation();
  const members = connection.edges.map((e) => e.node);
  const name = (c) => <Link to={customerPath(c.id)}>{c.fullName}</Link>;
  const title = t('segments.members', {
    count: connection.totalCount,
    formatted: connection.totalCount.toLocaleString(),
  });
  const columns = [
    { title: t('segments.detail.name'), key: 'name', render: (_, c) => name(c) },
    { title: t('segments.detail.customerNo'), dataIndex: 'customerNo', key: 'no' },
    {
      title: t('segments.detail.status'),
      key: 'status',
      render: (_, c) => <EnumTag type="CustomerStatus" value={c.status} />,
    },
  ];
  return (
    <Card title={title} size="small">
      {!members.length && <EmptyState description={t('segments.detail.noMembers')} />}
      {members.length > 0 &&
        (isPhone ? (
          <StackList
            items={members}
            divided
            renderItem={(c) => (
              <Flex justify="space-between" gap="small" wrap>
                {name(c)}
                <Typography.Text type="secondary">{c.customerNo}</Typography.Text>
              </Flex>
            )}
          />
        ) : (
          <Table
            rowKey="id"
            columns={columns}
            dataSource={members}
            pagination={false}
            size="small"
          />
        ))}
      {connection.pageInfo.hasNextPage && (
        <Button
          style={{ marginTop: 8 }}
          onClick={() => onNext(connection.pageInfo.endCursor)}
        >
          {t('segments.detail.next')}
        </Button>
      )}
    </Card>
  );
}

function Definition({ segment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lines = (language === 'zh' ? segment.profile.zh : segment.profile.en) ?? [];
  return (
    <Card title={t('segments.detail.definition')} size="small">
      <Flex vertical gap={4}>
        {segment.rule ? (
          <Typography.Paragraph code style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {JSON.stringify(segment.rule, null, 1)}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">
            {t('segments.detail.model', { version: segment.modelVersion })}
          </Typography.Text>
        )}
        {lines.map((line) => (
          <Typography.Text key={line}>{line}</Typography.Text>
        ))}
        <Typography.Text type="secondary">
          {t('segments.detail.refreshedAt', {
            when: formatDateTime(segment.refreshedAt, language),
          })}
        </Typography.Text>
      </Flex>
    </Card>
  );
}

/** One segment: its definition, a profile chart against the base, members. */
export function SegmentDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const language = useLanguage();
  const isPhone = useIsPhone();
  const [after, setAfter] = useState(null);
  const [renaming, setRenaming] = useState(false);
  const { data, error, refetch } = useQuery(SEGMENT_QUERY, {
    variables: { id, after },
  });
  const segment = data?.segment;

  if (error && !segment) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!data) return <LoadingState />;
  if (!segment) return <EmptyState description={t('segments.detail.notFound')} />;
  const title = localName(segment, language);
  return (
    <Flex vertical gap="middle">
      <Link to={segmentsPath()}>← {t('segments.backToList')}</Link>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Flex gap="small" align="center" wrap>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <Tag>{t(`segments.kinds.${segment.kind}`)}</Tag>
        </Flex>
        <Can permission="segment.manage">
          <Button icon={<EditOutlined aria-hidden />} onClick={() => setRenaming(true)}>
            {t('segments.rename.action')}
          </Button>
        </Can>
      </Flex>
      {renaming && (
        <Card size="small">
          <RenameSegment
            segment={segment}
            onDone={() => setRenaming(false)}
            onReload={() => refetch()}
          />
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Definition segment={segment} />
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('segments.detail.profile')} size="small">
            <SegmentProfileChart
              figures={segment.figures}
              title={t('segments.detail.profile')}
            />
          </Card>
        </Col>
      </Row>
      <Members connection={segment.members} isPhone={isPhone} onNext={setAfter} />
    </Flex>
  );
}
