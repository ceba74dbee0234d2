import { FilterOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDateTime } from '@/components/format';
import { StackList } from '@/components/StackList';
import { useLanguage } from '@/components/useLanguage';
import { AuditEventDetails } from '@/features/audit/AuditEventDetails';
import { actionLabel, entityLabel, fieldLabel } from '@/features/audit/auditLabels';
import { customerPagePath } from '@/features/audit/paths';

/** The staff username, with the opaque subject the trail records beside it. */
function Actor({ event }) {
  return (
    <Flex vertical>
      <Typography.Text strong>{event.actorName ?? event.actor}</Typography.Text>
      {event.actorName && event.actorName !== event.actor && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable>
          {event.actor}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * What the event is about. A customer is named by its customer number, linked to
 * its page, never by its database ID; a button narrows the trail to it.
 */
function Entity({ event, onCustomer }) {
  const { t } = useTranslation();
  if (!event.customerId) {
    const entity = entityLabel(t, event.entity);
    const label = `${entity}${event.entityId ? ` #${event.entityId}` : ''}`;
    return <Typography.Text>{label}</Typography.Text>;
  }
  return (
    <Flex gap={4} align="center" wrap>
      <Typography.Text>{entityLabel(t, 'Customer')}</Typography.Text>
      {event.customerNo ? (
        <Link to={customerPagePath(event.customerId)}>{event.customerNo}</Link>
      ) : (
        <Typography.Text type="secondary">
          {t('audit.customerOutOfScope')}
        </Typography.Text>
      )}
      <Button
        type="link"
        size="small"
        icon={<FilterOutlined aria-hidden />}
        onClick={() => onCustomer(event.customerId)}
        aria-label={t('audit.filters.byThisCustomer')}
        title={t('audit.filters.byThisCustomer')}
      />
    </Flex>
  );
}

function Fields({ fields }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4}>
      {fields.map((name) => (
        <Tag key={name} title={name}>
          {fieldLabel(t, name)}
        </Tag>
      ))}
    </Flex>
  );
}

function EventTable({ events, onCustomer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns = [
    {
      title: t('audit.columns.time'),
      dataIndex: 'occurredAt',
      render: (value) => formatDateTime(value, language),
      width: 170,
    },
    {
      title: t('audit.columns.actor'),
      key: 'actor',
      render: (_, event) => <Actor event={event} />,
    },
    {
      title: t('audit.columns.action'),
      dataIndex: 'action',
      render: (code) => <span title={code}>{actionLabel(t, code)}</span>,
    },
    {
      title: t('audit.columns.entity'),
      key: 'entity',
      render: (_, event) => <Entity event={event} onCustomer={onCustomer} />,
    },
    {
      title: t('audit.columns.fields'),
      key: 'fields',
      render: (_, event) => (
        <Flex vertical gap={4}>
          <Fields fields={event.fields} />
          <AuditEventDetails details={event.details} />
        </Flex>
      ),
    },
    {
      title: t('audit.columns.request'),
      key: 'request',
      render: (_, event) => (
        <Flex vertical>
          <Typography.Text code>{event.requestId ?? '—'}</Typography.Text>
          <Typography.Text type="secondary">
            {event.clientAddress ?? ''}
          </Typography.Text>
        </Flex>
      ),
    },
  ];
  return (
    <Table
      rowKey="id"
      columns={columns}
      dataSource={events}
      pagination={false}
      size="small"
    />
  );
}

function EventCard({ event, onCustomer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const action = actionLabel(t, event.action);
  return (
    <article aria-label={action}>
      <Flex vertical gap={2}>
        <Flex justify="space-between" gap="small" wrap>
          <Typography.Text strong>{action}</Typography.Text>
          <Typography.Text type="secondary">
            {formatDateTime(event.occurredAt, language)}
          </Typography.Text>
        </Flex>
        <Actor event={event} />
        <Entity event={event} onCustomer={onCustomer} />
        <Fields fields={event.fields} />
        <AuditEventDetails details={event.details} />
        {event.requestId && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {event.requestId}
          </Typography.Text>
        )}
      </Flex>
    </article>
  );
}

/** Events newest first: a table on a desk, stacked cards on a phone. */
export function AuditEventList({ events, isPhone, onCustomer }) {
  if (!isPhone) return <EventTable events={events} onCustomer={onCustomer} />;
  return (
    <StackList
      items={events}
      divided
      renderItem={(event) => <EventCard event={event} onCustomer={onCustomer} />}
    />
  );
}
