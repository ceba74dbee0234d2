import { useQuery } from '@apollo/client/react';
import { App, Button, Card, Flex, List, Modal, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { blockingError } from '@/components/errors';
import { ErrorState } from '@/components/ErrorState';
import { formatDate } from '@/components/format';
import { LoadingState } from '@/components/LoadingState';
import { useIsPhone } from '@/components/useIsPhone';
import { useLanguage } from '@/components/useLanguage';
import { customerPath } from '@/features/customers/paths';
import { DUPLICATE_PAIRS_QUERY } from '@/features/records/api/duplicatePairsQuery';
import { MERGE_COMPARE_QUERY } from '@/features/records/api/mergeCompareQuery';
import { MERGE_CUSTOMERS_MUTATION } from '@/features/records/api/mergeCustomersMutation';
import {
  candidatesOf,
  defaultChoices,
  MERGE_FIELDS,
  otherSide,
  takeFromOther,
} from '@/features/records/merge/mergeFields';
import { PayloadProblems } from '@/features/records/PayloadProblems';
import { usePayloadMutation } from '@/features/records/usePayloadMutation';
import { useReadGrants } from '@/lib/permissions';

const ENUM_FIELDS = { gender: 'Gender', maritalStatus: 'MaritalStatus' };

function useShow() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (field, value) => {
    if (value == null || value === '') return '—';
    if (ENUM_FIELDS[field]) return t(`enums.${ENUM_FIELDS[field]}.${value}`);
    if (field === 'birthDate') return formatDate(value, language);
    return value;
  };
}

function Candidates({ customerId, onPick }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(DUPLICATE_PAIRS_QUERY, {
    errorPolicy: 'all',
  });
  const failure = blockingError(error);
  if (failure) return <ErrorState error={failure} onRetry={() => refetch()} />;
  if (!data) return <LoadingState />;
  const pairs = (data.duplicateCandidates?.edges ?? []).map((e) => e.node);
  const candidates = candidatesOf(pairs, customerId);
  if (!candidates.length) return <EmptyState description={t('records.merge.none')} />;
  return (
    <section aria-label={t('records.merge.candidates')}>
      <List
        dataSource={candidates}
        renderItem={(candidate) => (
          <List.Item key={candidate.otherId}>
            <Flex
              justify="space-between"
              align="center"
              wrap
              gap="small"
              style={{ width: '100%' }}
            >
              <Flex gap="small" wrap align="center">
                <Typography.Text strong>
                  {Math.round(candidate.score * 100)}%
                </Typography.Text>
                {candidate.reasons.map((reason) => (
                  <Tag key={reason}>
                    {t(`records.merge.reasons.${reason}`, { defaultValue: reason })}
                  </Tag>
                ))}
              </Flex>
              <Button onClick={() => onPick(candidate.otherId)}>
                {t('records.merge.compare')}
              </Button>
            </Flex>
          </List.Item>
        )}
      />
    </section>
  );
}

function FieldChoice({ field, records, choice, onChoose, isPhone }) {
  const { t } = useTranslation();
  const show = useShow();
  const label = t(`customers.fields.${field}`);
  const values = { a: records.a[field], b: records.b[field] };
  if (choice === undefined) {
    return (
      <List.Item>
        <Flex vertical={isPhone} gap="small" style={{ width: '100%' }}>
          <Typography.Text type="secondary" style={{ minWidth: 140 }}>
            {label}
          </Typography.Text>
          <Typography.Text>{show(field, values.a)}</Typography.Text>
        </Flex>
      </List.Item>
    );
  }
  return (
    <List.Item>
      <Flex vertical={isPhone} gap="small" style={{ width: '100%' }}>
        <Typography.Text strong style={{ minWidth: 140 }}>
          {label}
        </Typography.Text>
        <Radio.Group
          aria-label={label}
          value={choice}
          onChange={(e) => onChoose(field, e.target.value)}
          style={{
            flex: 1,
            display: 'flex',
            flexDirection: isPhone ? 'column' : 'row',
          }}
        >
          {['a', 'b'].map((side) => (
            <Radio
              key={side}
              value={side}
              disabled={values[side] == null || values[side] === ''}
              style={{ flex: 1 }}
            >
              {show(field, values[side])}
            </Radio>
          ))}
        </Radio.Group>
      </Flex>
    </List.Item>
  );
}

function SurvivorChoice({ records, survivor, onChange }) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      aria-label={t('records.merge.survivor')}
      value={survivor}
      onChange={(e) => onChange(e.target.value)}
    >
      {['a', 'b'].map((side) => (
        <Radio key={side} value={side}>
          {t('records.merge.keep', { number: records[side].customerNo })}
        </Radio>
      ))}
    </Radio.Group>
  );
}

function Comparison({ aId, bId }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { canReadPii } = useReadGrants();
  const { data, error, refetch } = useQuery(MERGE_COMPARE_QUERY, {
    variables: { a: aId, b: bId, canReadPii },
    errorPolicy: 'all',
    fetchPolicy: 'network-only',
  });
  const [survivor, setSurvivor] = useState('a');
  const [overrides, setOverrides] = useState({});
  const [confirming, setConfirming] = useState(false);
  const state = usePayloadMutation(
    MERGE_CUSTOMERS_MUTATION,
    'mergeCustomers',
    'Customer',
  );
  const failure = blockingError(error);

  if (failure) return <ErrorState error={failure} onRetry={() => refetch()} />;
  if (!data) return <LoadingState />;
  if (!data.a || !data.b) return <EmptyState description={t('records.merge.gone')} />;
  const records = { a: data.a, b: data.b };
  const choices = { ...defaultChoices(records, survivor), ...overrides };
  const other = otherSide(survivor);
  const pickSurvivor = (side) => {
    setSurvivor(side);
    setOverrides({});
  };
  const merge = async () => {
    const input = {
      survivorId: records[survivor].id,
      otherId: records[other].id,
      survivorVersion: records[survivor].version,
      otherVersion: records[other].version,
      takeFromOther: takeFromOther(records, survivor, choices),
    };
    const merged = await state.submit(input);
    if (merged) {
      setConfirming(false);
      message.success(t('records.merge.done'));
      navigate(customerPath(merged.id));
    }
  };
  const reload = () => {
    state.clear();
    setConfirming(false);
    refetch();
  };
  const archived = records.a.archivedAt || records.b.archivedAt;

  return (
    <Card title={t('records.merge.compareTitle')} size="small">
      <Flex vertical gap="middle">
        <SurvivorChoice records={records} survivor={survivor} onChange={pickSurvivor} />
        <Typography.Text type="secondary">{t('records.merge.hint')}</Typography.Text>
        <section aria-label={t('records.merge.fields')}>
          <List
            dataSource={MERGE_FIELDS}
            renderItem={(field) => (
              <FieldChoice
                key={field}
                field={field}
                records={records}
                choice={choices[field]}
                isPhone={isPhone}
                onChoose={(name, side) => setOverrides({ ...overrides, [name]: side })}
              />
            )}
          />
        </section>
        {archived && (
          <Typography.Text type="danger">{t('records.merge.archived')}</Typography.Text>
        )}
        <PayloadProblems state={state} onReload={reload} />
        <Button
          type="primary"
          danger
          disabled={Boolean(archived)}
          onClick={() => setConfirming(true)}
        >
          {t('records.merge.merge')}
        </Button>
      </Flex>
      <Modal
        open={confirming}
        title={t('records.merge.confirmTitle')}
        okText={t('records.merge.merge')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={state.loading}
        onOk={merge}
        onCancel={() => setConfirming(false)}
      >
        <Flex vertical gap="small">
          <Typography.Paragraph>
            {t('records.merge.confirmText', {
              survivor: records[survivor].customerNo,
              other: records[other].customerNo,
            })}
          </Typography.Paragraph>
          <PayloadProblems state={state} onReload={reload} />
        </Flex>
      </Modal>
    </Card>
  );
}

/** Duplicates of one customer, compared side by side and merged. */
export function MergePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const withId = params.get('with');
  return (
    <Flex vertical gap="middle">
      <Link to={customerPath(id)}>← {t('records.merge.back')}</Link>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('records.merge.title')}
      </Typography.Title>
      <Candidates customerId={id} onPick={(other) => setParams({ with: other })} />
      {withId && <Comparison key={withId} aId={id} bId={withId} />}
    </Flex>
  );
}
