import { Button, Card, Flex, List, Popconfirm, Select, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '@/components/format';
import { useLanguage } from '@/components/useLanguage';
import { useTapSize } from '@/components/useTapSize';
import { RECORD_CONSENT_MUTATION } from '@/features/records/api/recordConsentMutation';
import { PayloadProblems } from '@/features/records/PayloadProblems';
import { usePayloadMutation } from '@/features/records/usePayloadMutation';
import { useCan } from '@/lib/permissions';

const CHANNELS = ['BRANCH', 'PHONE', 'ONLINE', 'MOBILE', 'EMAIL', 'PAPER', 'WECHAT'];

function stateOf(consent) {
  if (consent.granted) return ['green', 'granted'];
  if (consent.latest?.granted === false) return ['red', 'withdrawn'];
  if (consent.latest) return ['default', 'expired'];
  return ['default', 'unknown'];
}

function ConsentItem({ consent, channel, state, onRecord }) {
  const tapSize = useTapSize('small');
  const canRecord = useCan('consent.record');
  const { t } = useTranslation();
  const language = useLanguage();
  const [color, label] = stateOf(consent);
  const purpose = t(`records.consent.purposes.${consent.purpose}`);
  const action = consent.granted ? 'withdraw' : 'grant';
  return (
    <List.Item>
      <Flex
        justify="space-between"
        align="center"
        wrap
        gap="small"
        style={{ width: '100%' }}
      >
        <Flex vertical gap={2}>
          <Flex gap="small" align="center">
            <Typography.Text strong>{purpose}</Typography.Text>
            <Tag color={color}>{t(`records.consent.states.${label}`)}</Tag>
          </Flex>
          {consent.latest && (
            <Typography.Text type="secondary">
              {t(`records.consent.channels.${consent.latest.channel}`)} ·{' '}
              {formatDateTime(consent.latest.recordedAt, language)} ·{' '}
              {consent.latest.recordedByName ?? consent.latest.recordedBy}
            </Typography.Text>
          )}
        </Flex>
        {canRecord && (
          // A consent record is permanent history: it is asked once more, naming
          // the purpose and the channel the customer used.
          <Popconfirm
            title={t(`records.consent.confirm.${action}`, {
              purpose,
              channel: t(`records.consent.channels.${channel}`),
            })}
            okText={t(`records.consent.${action}`)}
            cancelText={t('records.consent.confirm.cancel')}
            okButtonProps={{ danger: action === 'withdraw' }}
            onConfirm={() => onRecord(consent.purpose, !consent.granted, channel)}
          >
            <Button
              size={tapSize}
              danger={action === 'withdraw'}
              loading={state.loading}
              aria-label={t(`records.consent.${action}For`, { purpose })}
            >
              {t(`records.consent.${action}`)}
            </Button>
          </Popconfirm>
        )}
      </Flex>
    </List.Item>
  );
}

/**
 * Where each consent purpose stands; granting or withdrawing appends a record
 * (the history is never rewritten).
 */
export function ConsentsCard({ customerId, consents, onChange }) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState('BRANCH');
  // An ID of our own: Ant Design's generated one is a constant under test,
  // and a clash would rename the page's dialogs.
  const channelId = useId();
  const state = usePayloadMutation(
    RECORD_CONSENT_MUTATION,
    'recordConsent',
    'ConsentState',
  );
  const record = async (purpose, granted, via) => {
    if (await state.submit({ customerId, purpose, granted, channel: via })) onChange();
  };
  return (
    <Card
      title={t('records.consent.title')}
      size="small"
      extra={
        <Select
          size="small"
          id={channelId}
          aria-label={t('records.consent.channel')}
          value={channel}
          onChange={setChannel}
          style={{ minWidth: 110 }}
          options={CHANNELS.map((value) => ({
            value,
            label: t(`records.consent.channels.${value}`),
          }))}
        />
      }
    >
      <PayloadProblems state={state} />
      <section aria-label={t('records.consent.title')}>
        <List
          dataSource={consents}
          renderItem={(consent) => (
            <ConsentItem
              key={consent.purpose}
              consent={consent}
              channel={channel}
              state={state}
              onRecord={record}
            />
          )}
        />
      </section>
    </Card>
  );
}
