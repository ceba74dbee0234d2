import { useMutation, useQuery } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Radio, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { NotPermitted } from '@/components/NotPermitted';
import { PayloadErrorAlert } from '@/components/PayloadErrorAlert';
import { useSettledValue } from '@/features/segments/useSettledValue';
import { CREATE_SEGMENT_MUTATION } from '@/features/segments/api/createSegmentMutation';
import { PREVIEW_SEGMENT_QUERY } from '@/features/segments/api/previewSegmentQuery';
import { SEGMENT_RULE_FIELDS_QUERY } from '@/features/segments/api/segmentRuleFieldsQuery';
import { ConditionRow } from '@/features/segments/ConditionRow';
import { segmentPath, segmentsPath } from '@/features/segments/paths';
import { SegmentNameFields } from '@/features/segments/SegmentNameFields';
import {
  isComplete,
  newCondition,
  placeErrors,
  toRule,
} from '@/features/segments/ruleBuilder';

function LiveCount({ rule }) {
  const { t } = useTranslation();
  const settled = useSettledValue(rule, 400);
  const { data, previousData, loading } = useQuery(PREVIEW_SEGMENT_QUERY, {
    variables: { rule: settled },
    skip: !settled,
  });
  const preview = (data ?? previousData)?.previewSegment;
  const count = preview?.__typename === 'SegmentPreview' ? preview.count : null;
  return (
    <Card size="small" aria-live="polite">
      <Statistic
        title={t('segments.builder.liveCount')}
        value={settled && count !== null ? count : '—'}
        loading={loading && count === null}
      />
    </Card>
  );
}

function useCreate() {
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CREATE_SEGMENT_MUTATION);
  const [outcome, setOutcome] = useState({ placed: placeErrors([]), refusal: null });
  const [failure, setFailure] = useState(null);

  const submit = async (input) => {
    setFailure(null);
    try {
      const { data } = await create({ variables: { input } });
      const payload = data.createSegment;
      if (payload.__typename === 'Segment') return navigate(segmentPath(payload.id));
      const fields = payload.__typename === 'ValidationError' ? payload.fields : [];
      setOutcome({
        placed: placeErrors(fields),
        refusal: fields.length ? null : payload,
      });
    } catch (error) {
      setFailure(error);
    }
    return undefined;
  };
  return { submit, loading, failure, ...outcome };
}

/** A rule segment, built condition by condition with a live member count. */
export function SegmentBuilderPage() {
  const { t } = useTranslation();
  const fieldsQuery = useQuery(SEGMENT_RULE_FIELDS_QUERY, { errorPolicy: 'all' });
  const [names, setNames] = useState({ name: '', nameEn: '' });
  const [combinator, setCombinator] = useState('and');
  const [conditions, setConditions] = useState(() => [newCondition()]);
  const { submit, loading, failure, placed, refusal } = useCreate();

  const fields = fieldsQuery.data?.segmentRuleFields;
  if (fieldsQuery.data && !fields) return <NotPermitted />;
  if (fieldsQuery.error && !fields) return <ErrorState error={fieldsQuery.error} />;
  if (!fields) return <LoadingState />;

  const rule = toRule(combinator, conditions);
  const ready = names.name.trim() && conditions.length && conditions.every(isComplete);
  const change = (key, next) =>
    setConditions((all) => all.map((c) => (c.key === key ? next : c)));
  const remove = (key) => setConditions((all) => all.filter((c) => c.key !== key));
  const onSubmit = () =>
    submit({ name: names.name, nameEn: names.nameEn || null, rule });

  return (
    <Flex vertical gap="middle">
      <Link to={segmentsPath()}>← {t('segments.backToList')}</Link>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('segments.builder.title')}
      </Typography.Title>
      {failure && <ErrorState error={failure} />}
      <PayloadErrorAlert payload={refusal} />
      <Form layout="vertical" onFinish={onSubmit}>
        <SegmentNameFields
          names={names}
          onChange={setNames}
          errors={placed}
          idPrefix="segment"
        />
        <Flex vertical gap="middle">
          <Radio.Group
            value={combinator}
            onChange={(e) => setCombinator(e.target.value)}
            aria-label={t('segments.builder.combinator')}
            options={[
              { value: 'and', label: t('segments.builder.all') },
              { value: 'or', label: t('segments.builder.any') },
            ]}
          />
          {conditions.map((c, index) => (
            <ConditionRow
              key={c.key}
              condition={c}
              fields={fields}
              errors={placed.conditions[index]}
              onChange={(next) => change(c.key, next)}
              onRemove={() => remove(c.key)}
            />
          ))}
          {placed.rule.map((e) => (
            <Alert
              key={e.code}
              type="error"
              title={t(`segments.errors.${e.code}`, { defaultValue: e.message })}
            />
          ))}
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setConditions((all) => [...all, newCondition()])}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('segments.builder.addCondition')}
          </Button>
          <LiveCount rule={rule} />
          <Button type="primary" htmlType="submit" loading={loading} disabled={!ready}>
            {t('segments.builder.create')}
          </Button>
        </Flex>
      </Form>
    </Flex>
  );
}
