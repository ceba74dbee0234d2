import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '@/components/format';

/** The complaint's events, oldest first, as the server recorded them. */
export function HistoryTimeline({ events }) {
  const { t, i18n } = useTranslation();
  const items = events.map((event) => ({
    key: event.id,
    children: (
      <>
        <Typography.Text strong>
          {event.kind === 'TRANSITION' || event.kind === 'FILED'
            ? t(`complaints.status.${event.toStatus}`)
            : t(`complaints.eventKind.${event.kind}`)}
        </Typography.Text>{' '}
        <Typography.Text type="secondary">
          {/* The subject is opaque; a gone account's stays, as nothing else names it. */}
          {formatDateTime(event.at, i18n.language)} · {event.actorName ?? event.actor}
        </Typography.Text>
        {event.reason && (
          <Typography.Paragraph style={{ margin: 0 }}>
            {event.reason}
          </Typography.Paragraph>
        )}
      </>
    ),
  }));
  return <Timeline items={items} />;
}
