import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { defaultOperator, valueShape } from '@/features/segments/ruleBuilder';

const NUMERIC = new Set(['number', 'integer', 'since']);
const BOOLEAN_OPTIONS = [true, false];

function ScalarInput({ spec, op, value, onChange, label }) {
  const { t } = useTranslation();
  if (op === 'is_null' || spec.kind === 'bool') {
    return (
      <Select
        aria-label={label}
        style={{ minWidth: 120 }}
        value={value}
        onChange={onChange}
        options={BOOLEAN_OPTIONS.map((v) => ({
          value: v,
          label: t(`segments.builder.${v}`),
        }))}
      />
    );
  }
  if (spec.kind === 'choice') {
    return (
      <Select
        aria-label={label}
        style={{ minWidth: 160 }}
        value={value}
        onChange={onChange}
        options={spec.choices.map((c) => ({
          value: c,
          label: t(`segments.choices.${c}`, { defaultValue: c }),
        }))}
      />
    );
  }
  if (NUMERIC.has(spec.kind)) {
    return (
      <InputNumber
        aria-label={label}
        value={value}
        onChange={onChange}
        precision={spec.kind === 'number' ? undefined : 0}
        style={{ width: 140 }}
      />
    );
  }
  return (
    <Input
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder={spec.kind === 'date' ? 'YYYY-MM-DD' : undefined}
      style={{ width: 160 }}
    />
  );
}

function ListInput({ spec, value, onChange, label }) {
  const { t } = useTranslation();
  const choices = spec.kind === 'choice';
  return (
    <Select
      aria-label={label}
      mode={choices ? 'multiple' : 'tags'}
      style={{ minWidth: 200 }}
      value={value ?? []}
      onChange={(values) =>
        onChange(
          NUMERIC.has(spec.kind) ? values.map(Number).filter(Number.isFinite) : values,
        )
      }
      options={spec.choices.map((c) => ({
        value: c,
        label: t(`segments.choices.${c}`, { defaultValue: c }),
      }))}
    />
  );
}

function ValueInput({ spec, op, value, onChange }) {
  const { t } = useTranslation();
  const label = t('segments.builder.value');
  const shape = valueShape(op);
  if (shape === 'list') {
    return <ListInput spec={spec} value={value} onChange={onChange} label={label} />;
  }
  if (shape === 'pair') {
    const [low, high] = Array.isArray(value) ? value : [];
    return (
      <Flex gap="small" align="center">
        <ScalarInput
          spec={spec}
          op={op}
          value={low}
          label={t('segments.builder.lowest')}
          onChange={(v) => onChange([v, high])}
        />
        <Typography.Text>–</Typography.Text>
        <ScalarInput
          spec={spec}
          op={op}
          value={high}
          label={t('segments.builder.highest')}
          onChange={(v) => onChange([low, v])}
        />
      </Flex>
    );
  }
  return (
    <ScalarInput spec={spec} op={op} value={value} onChange={onChange} label={label} />
  );
}

/** One condition of the rule: field, operator, value, and its errors. */
export function ConditionRow({ condition, fields, errors, onChange, onRemove }) {
  const { t } = useTranslation();
  const spec = fields.find((f) => f.name === condition.field);

  const chooseField = (name) => {
    const next = fields.find((f) => f.name === name);
    onChange({
      ...condition,
      field: name,
      op: defaultOperator(next),
      value: undefined,
    });
  };
  return (
    <Flex vertical gap={4}>
      <Flex gap="small" wrap align="center">
        <Select
          aria-label={t('segments.builder.field')}
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 200 }}
          value={condition.field}
          placeholder={t('segments.builder.field')}
          onChange={chooseField}
          options={fields.map((f) => ({
            value: f.name,
            label: t(`segments.fields.${f.name}`, { defaultValue: f.name }),
          }))}
        />
        {spec && (
          <Select
            aria-label={t('segments.builder.operator')}
            style={{ minWidth: 120 }}
            value={condition.op}
            onChange={(op) => onChange({ ...condition, op, value: undefined })}
            options={spec.operators.map((op) => ({
              value: op,
              label: t(`segments.ops.${op}`),
            }))}
          />
        )}
        {spec && condition.op && (
          <ValueInput
            spec={spec}
            op={condition.op}
            value={condition.value}
            onChange={(value) => onChange({ ...condition, value })}
          />
        )}
        <Button
          icon={<DeleteOutlined aria-hidden />}
          aria-label={t('segments.builder.remove')}
          onClick={onRemove}
        />
      </Flex>
      {errors?.map((e) => (
        <Typography.Text key={`${e.field}-${e.code}`} type="danger">
          {t(`segments.errors.${e.code}`, { defaultValue: e.message })}
        </Typography.Text>
      ))}
    </Flex>
  );
}
