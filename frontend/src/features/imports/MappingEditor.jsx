import { Checkbox, Flex, Form, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { TARGETS, columnLabel } from '@/features/imports/mapping';

function TargetSelect({ row, onChange, targets }) {
  const { t } = useTranslation();
  return (
    <Select
      allowClear
      showSearch
      aria-label={t('imports.mapping.targetOf', { column: columnLabel(t, row.column) })}
      placeholder={t(
        row.ignored ? 'imports.mapping.ignore' : 'imports.mapping.unmapped',
      )}
      value={row.target ?? undefined}
      onChange={(value) => onChange(row.column, value ?? null)}
      options={targets.map((target) => ({
        value: target,
        label: t(`imports.targets.${target}`, { defaultValue: target }),
      }))}
      style={{ width: '100%', minWidth: 160 }}
    />
  );
}

/** Leave a column without a field out on purpose (or take it back). */
function IgnoreBox({ row, onIgnore }) {
  const { t } = useTranslation();
  if (!onIgnore || !row.column) return null;
  return (
    <Checkbox
      checked={Boolean(row.ignored) && !row.target}
      onChange={(event) => onIgnore(row.column, event.target.checked)}
      aria-label={t('imports.mapping.ignoreColumn', {
        column: columnLabel(t, row.column),
      })}
    >
      {t('imports.mapping.ignored')}
    </Checkbox>
  );
}

/**
 * One row per file column: its header, sample values, the field it feeds, and
 * whether a column without a field is left out on purpose (``onIgnore``).
 */
export function MappingEditor({
  rows,
  samples,
  onChange,
  onIgnore,
  isPhone,
  targets = TARGETS,
}) {
  const { t } = useTranslation();
  if (isPhone) {
    return (
      <Form layout="vertical">
        {rows.map((row) => (
          <Form.Item
            key={row.column}
            label={columnLabel(t, row.column)}
            style={{ marginBottom: 12 }}
          >
            <Flex vertical gap={4}>
              <TargetSelect row={row} onChange={onChange} targets={targets} />
              <IgnoreBox row={row} onIgnore={onIgnore} />
            </Flex>
          </Form.Item>
        ))}
      </Form>
    );
  }
  const columns = [
    {
      title: t('imports.mapping.column'),
      key: 'column',
      render: (_, row) => columnLabel(t, row.column),
    },
    {
      title: t('imports.mapping.sample'),
      key: 'sample',
      render: (_, row) => (
        <Flex vertical>
          {(samples[row.column] ?? []).slice(0, 3).map((value, i) => (
            <Typography.Text key={i} type="secondary" ellipsis>
              {value}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    {
      title: t('imports.mapping.target'),
      key: 'target',
      render: (_, row) => (
        <TargetSelect row={row} onChange={onChange} targets={targets} />
      ),
    },
    {
      title: t('imports.mapping.ignored'),
      key: 'ignored',
      render: (_, row) => <IgnoreBox row={row} onIgnore={onIgnore} />,
    },
  ];
  return (
    <Table
      rowKey="column"
      columns={columns}
      dataSource={rows}
      pagination={false}
      size="small"
    />
  );
}
