import { Card, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { StackList } from '@/components/StackList';
import { useProblemReason } from '@/features/imports/problemReason';

// A phone shows the first cells only; the downloadable report holds them all.
const PHONE_LIMIT = 200;

/**
 * A bad cell's value as the list shows it: a coded value (gender, status,
 * document type...) as its label; any other value as it came, masked.
 */
export function problemValue(problem, t) {
  if (!problem.valueKind) return problem.value;
  return t(`enums.${problem.valueKind}.${problem.value}`, {
    defaultValue: problem.value,
  });
}

/** Every bad cell of a report: row, column, value (masked unless coded) and why. */
export function ProblemList({ problems, isPhone }) {
  const { t } = useTranslation();
  const reason = useProblemReason();
  if (isPhone) {
    return (
      <StackList
        items={problems.slice(0, PHONE_LIMIT)}
        itemKey={(p) => `${p.row}:${p.field}:${p.code}`}
        renderItem={(p) => (
          <Card size="small">
            <Flex vertical gap={4}>
              <Typography.Text strong>
                {t('imports.report.rowColumn', {
                  row: p.row,
                  column: p.column ?? p.field,
                })}
              </Typography.Text>
              <Tag color="red">{p.code}</Tag>
              <Typography.Text>{reason(p)}</Typography.Text>
              <Typography.Text code>{problemValue(p, t)}</Typography.Text>
            </Flex>
          </Card>
        )}
      />
    );
  }
  const columns = [
    { title: t('imports.report.row'), dataIndex: 'row', key: 'row', width: 80 },
    {
      title: t('imports.report.column'),
      key: 'column',
      render: (_, p) => p.column ?? p.field,
    },
    {
      title: t('imports.report.value'),
      key: 'value',
      render: (_, p) => <Typography.Text code>{problemValue(p, t)}</Typography.Text>,
    },
    {
      title: t('imports.report.code'),
      dataIndex: 'code',
      key: 'code',
      render: (code) => <Tag color="red">{code}</Tag>,
    },
    {
      title: t('imports.report.message'),
      key: 'message',
      render: (_, p) => reason(p),
    },
  ];
  return (
    <Table
      rowKey={(p) => `${p.row}:${p.field}:${p.code}`}
      columns={columns}
      dataSource={problems}
      size="small"
      pagination={{ pageSize: 50 }}
      scroll={{ x: true }}
    />
  );
}
