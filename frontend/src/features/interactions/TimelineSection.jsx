import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { formatDate, formatDateTime, formatMoney } from '@/components/format';
import { LoadingState } from '@/components/LoadingState';
import { transactionCategory } from '@/components/transactionCategory';
import { CUSTOMER_TIMELINE_QUERY } from '@/features/interactions/api/customerTimelineQuery';
import { LogInteractionForm } from '@/features/interactions/LogInteractionForm';
import { useCan } from '@/lib/permissions';

const PAGE = 20;

/**
 * What one timeline entry says, by the kind of thing it is: its title, any
 * detail, a link, and when it happened (a date alone for date-only events).
 */
export function describeEntry(entry, t, language) {
  const item = entry.item;
  switch (item.__typename) {
    case 'Interaction':
      return {
        title: `${t(`interactions.channel.${item.channel}`)} · ${item.purpose}`,
        detail: item.summary,
        // Who handled it, by username; nothing for a subject CIMS does not know.
        by: item.staffName
          ? t('interactions.timeline.handledBy', { name: item.staffName })
          : undefined,
      };
    case 'ComplaintEvent':
      return {
        title: t('interactions.timeline.complaint', {
          status: t(`complaints.status.${item.toStatus}`, item.toStatus ?? ''),
        }),
        detail: item.reason,
        link: `/complaints/${encodeURIComponent(item.complaintId)}`,
      };
    case 'SurveyResponse':
      return {
        title: t('interactions.timeline.survey', {
          kind: item.surveyKind,
          score: item.score,
        }),
        detail: item.comment,
      };
    case 'Account':
      return {
        title: t('interactions.timeline.accountOpened', {
          number: item.number,
        }),
        // Opened on a day, not at a time: `at` is that day's start in the
        // bank's zone, which another zone would show as the day before.
        when: item.openedOn ? formatDate(item.openedOn, language) : undefined,
      };
    case 'Transaction':
      return {
        title: t('interactions.timeline.largeTransaction', {
          amount: formatMoney(item.amount, language),
        }),
        detail: transactionCategory(t, item.category),
      };
    default:
      return { title: entry.kind };
  }
}

/** When an entry happened: its date alone for a date-only event, else its time. */
export function entryWhen(entry, t, language) {
  return describeEntry(entry, t, language).when ?? formatDateTime(entry.at, language);
}

function Entries({ edges }) {
  const { t, i18n } = useTranslation();
  // A complaint is linked only for a role that may open it.
  const canOpenComplaints = useCan('complaint.read');
  const items = edges.map(({ cursor, node }) => {
    const text = describeEntry(node, t, i18n.language);
    return {
      key: cursor,
      children: (
        <>
          <Typography.Text strong>
            {text.link && canOpenComplaints ? (
              <Link to={text.link}>{text.title}</Link>
            ) : (
              text.title
            )}
          </Typography.Text>{' '}
          <Typography.Text type="secondary">
            {text.when ?? formatDateTime(node.at, i18n.language)}
          </Typography.Text>
          {text.detail && (
            <Typography.Paragraph style={{ margin: 0 }}>
              {text.detail}
            </Typography.Paragraph>
          )}
          {text.by && (
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {text.by}
            </Typography.Text>
          )}
        </>
      ),
    };
  });
  return <Timeline items={items} />;
}

/** Customer 360's timeline: every channel in one list, and a quick log form. */
export function TimelineSection({ customerId }) {
  const { t } = useTranslation();
  const [logging, setLogging] = useState(false);
  const canLog = useCan('interaction.write');
  const { data, error, refetch, fetchMore, loading } = useQuery(
    CUSTOMER_TIMELINE_QUERY,
    {
      variables: { id: customerId, first: PAGE },
    },
  );

  const more = () =>
    fetchMore({
      variables: { after: data.customer.timeline.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        customer: {
          ...fetchMoreResult.customer,
          timeline: {
            ...fetchMoreResult.customer.timeline,
            edges: [
              ...previous.customer.timeline.edges,
              ...fetchMoreResult.customer.timeline.edges,
            ],
          },
        },
      }),
    }).catch(() => {});

  const timeline = data?.customer?.timeline;
  return (
    <Card
      size="small"
      title={t('interactions.timeline.title')}
      extra={
        canLog && (
          <Button size="small" onClick={() => setLogging(!logging)}>
            {t('interactions.actions.log')}
          </Button>
        )
      }
    >
      <Flex vertical gap="middle">
        {logging && canLog && (
          <LogInteractionForm
            customerId={customerId}
            onLogged={() => {
              setLogging(false);
              refetch().catch(() => {});
            }}
          />
        )}
        {error && (
          <ErrorState error={error} onRetry={() => refetch().catch(() => {})} />
        )}
        {!error && !timeline && <LoadingState />}
        {timeline && timeline.edges.length === 0 && (
          <EmptyState description={t('interactions.timeline.empty')} />
        )}
        {timeline && timeline.edges.length > 0 && <Entries edges={timeline.edges} />}
        {timeline?.pageInfo.hasNextPage && (
          <Button onClick={more} loading={loading}>
            {t('interactions.timeline.more')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
