import { Flex, Form, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { TARGETS } from '@/features/imports/mapping';

function TargetSelect({ row, onChange, targets }) {
  const { t } = useTranslation();
  return (
    <Select
      allowClear
      showSearch
      aria-label={t('imports.mapping.targetOf', { column: row.column })}
      placeholder={t('imports.mapping.ignore')}
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

/** One row per file column: its header, sample values and the field it feeds. */
export function MappingEditor({ rows, samples, onChange, isPhone, targets = TARGETS }) {
  const { t } = useTranslation();
  if (isPhone) {
    return (
      <Form layout="vertical">
        {rows.map((row) => (
          <Form.Item key={row.column} label={row.column} style={{ marginBottom: 12 }}>
            <TargetSelect row={row} onChange={onChange} targets={targets} />
          </Form.Item>
        ))}
      </Form>
    );
  }
  const columns = [
    { title: t('imports.mapping.column'), dataIndex: 'column', key: 'column' },
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
