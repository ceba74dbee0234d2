import { Card, Flex, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Every bad cell of a report: row, column, masked value and why. */
export function ProblemList({ problems, isPhone }) {
  const { t } = useTranslation();
  if (isPhone) {
    return (
      <List
        dataSource={problems}
        pagination={{ pageSize: 20, size: 'small' }}
        renderItem={(p) => (
          <List.Item>
            <Card size="small" style={{ width: '100%' }}>
              <Flex vertical gap={4}>
                <Typography.Text strong>
                  {t('imports.report.rowColumn', { row: p.row, column: p.column ?? p.field })}
                </Typography.Text>
                <Tag color="red">{p.code}</Tag>
                <Typography.Text>{p.message}</Typography.Text>
                <Typography.Text code>{p.value}</Typography.Text>
              </Flex>
            </Card>
          </List.Item>
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
      dataIndex: 'value',
      key: 'value',
      render: (v) => <Typography.Text code>{v}</Typography.Text>,
    },
    {
      title: t('imports.report.code'),
      dataIndex: 'code',
      key: 'code',
      render: (code) => <Tag color="red">{code}</Tag>,
    },
    { title: t('imports.report.message'), dataIndex: 'message', key: 'message' },
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
