import { useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, Input, Radio, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { LOG_INTERACTION_MUTATION } from '@/features/interactions/api/logInteractionMutation';
import { CHANNELS, QUICK_PURPOSES } from '@/features/interactions/channels';

/**
 * Log an interaction in a few taps: a channel, a purpose chip, a line of
 * summary. Direction defaults to inbound, time to now.
 */
export function LogInteractionForm({ customerId, onLogged }) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState('BRANCH');
  const [purpose, setPurpose] = useState('');
  const [summary, setSummary] = useState('');
  const [direction, setDirection] = useState('INBOUND');
  const [failure, setFailure] = useState(null);
  const [log, { loading }] = useMutation(LOG_INTERACTION_MUTATION);
  const ready = purpose.trim() && summary.trim();

  const submit = async () => {
    const input = {
      customerId,
      channel,
      direction,
      purpose: purpose.trim(),
      summary: summary.trim(),
    };
    const result = await log({ variables: { input } }).catch(() => null);
    const payload = result?.data?.logInteraction;
    if (payload?.__typename === 'Interaction') {
      setPurpose('');
      setSummary('');
      setFailure(null);
      onLogged?.(payload);
      return;
    }
    setFailure(payload?.message ?? t('errors.server'));
  };

  return (
    <Flex vertical gap="small">
      {failure && <Alert type="error" showIcon role="alert" title={failure} />}
      <Radio.Group
        aria-label={t('interactions.fields.channel')}
        value={channel}
        onChange={(e) => setChannel(e.target.value)}
        optionType="button"
        buttonStyle="solid"
        options={CHANNELS.map((c) => ({
          value: c,
          label: t(`interactions.channel.${c}`),
        }))}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}
      />
      <Radio.Group
        aria-label={t('interactions.fields.direction')}
        value={direction}
        onChange={(e) => setDirection(e.target.value)}
        options={['INBOUND', 'OUTBOUND'].map((d) => ({
          value: d,
          label: t(`interactions.direction.${d}`),
        }))}
      />
      <Flex gap={4} wrap>
        {QUICK_PURPOSES.map((key) => {
          const label = t(`interactions.purposes.${key}`);
          return (
            <Tag.CheckableTag
              key={key}
              checked={purpose === label}
              onChange={() => setPurpose(label)}
            >
              {label}
            </Tag.CheckableTag>
          );
        })}
      </Flex>
      <Input
        aria-label={t('interactions.fields.purpose')}
        placeholder={t('interactions.fields.purpose')}
        value={purpose}
        maxLength={100}
        onChange={(e) => setPurpose(e.target.value)}
      />
      <Input.TextArea
        aria-label={t('interactions.fields.summary')}
        placeholder={t('interactions.fields.summary')}
        value={summary}
        rows={2}
        maxLength={4000}
        onChange={(e) => setSummary(e.target.value)}
      />
      <Button type="primary" onClick={submit} loading={loading} disabled={!ready}>
        {t('interactions.actions.log')}
      </Button>
    </Flex>
  );
}
