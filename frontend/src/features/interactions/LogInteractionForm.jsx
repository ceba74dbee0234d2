import { useMutation } from '@apollo/client/react';
import { Alert, Button, DatePicker, Flex, Input, Radio, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { LOG_INTERACTION_MUTATION } from '@/features/interactions/api/logInteractionMutation';
import { CHANNELS, QUICK_PURPOSES } from '@/features/interactions/channels';

/** How far back an interaction may be dated: the API's default backdate limit. */
export const BACKDATE_DAYS = 365;
const WHEN_FORMAT = 'YYYY-MM-DD HH:mm';

/**
 * Why ``when`` (a dayjs, or null for now) cannot be when an interaction
 * happened: 'future' or 'tooOld' (more than BACKDATE_DAYS ago); null if it can.
 */
export function whenProblem(when, now = dayjs()) {
  if (!when) return null;
  if (when.isAfter(now)) return 'future';
  if (when.isBefore(now.subtract(BACKDATE_DAYS, 'day'))) return 'tooOld';
  return null;
}

/** Days the picker offers: none after today, none beyond the backdate limit. */
function unpickable(day) {
  const today = dayjs();
  return (
    day.isAfter(today, 'day') ||
    day.isBefore(today.subtract(BACKDATE_DAYS, 'day'), 'day')
  );
}

/**
 * Log an interaction in a few taps: a channel, a purpose chip, a line of
 * summary. Direction defaults to inbound, time to now (an earlier time can be
 * picked, up to BACKDATE_DAYS back, never a future one).
 */
export function LogInteractionForm({ customerId, onLogged }) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState('BRANCH');
  const [purpose, setPurpose] = useState('');
  const [summary, setSummary] = useState('');
  const [direction, setDirection] = useState('INBOUND');
  const [when, setWhen] = useState(null); // null: now, as the API takes it
  const [failure, setFailure] = useState(null);
  const [log, { loading }] = useMutation(LOG_INTERACTION_MUTATION);
  const ready = purpose.trim() && summary.trim();

  const submit = async () => {
    const problem = whenProblem(when);
    if (problem) {
      setFailure(t(`interactions.when.${problem}`, { days: BACKDATE_DAYS }));
      return;
    }
    const input = {
      customerId,
      channel,
      direction,
      purpose: purpose.trim(),
      summary: summary.trim(),
      ...(when ? { occurredAt: when.toISOString() } : {}),
    };
    const result = await log({ variables: { input } }).catch(() => null);
    const payload = result?.data?.logInteraction;
    if (payload?.__typename === 'Interaction') {
      setPurpose('');
      setSummary('');
      setWhen(null);
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
      <DatePicker
        aria-label={t('interactions.fields.when')}
        showTime={{ format: 'HH:mm' }}
        format={WHEN_FORMAT}
        placeholder={t('interactions.when.now')}
        value={when}
        onChange={setWhen}
        disabledDate={unpickable}
        status={whenProblem(when) ? 'error' : undefined}
        style={{ width: '100%' }}
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
