import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EnumTag } from '@/components/EnumTag';
import { formatDateTime } from '@/components/format';
import { localName, useLanguage } from '@/components/useLanguage';
import { customerPath } from '@/features/customers/paths';

const SORT_KEYS = {
  name: 'NAME',
  customerNo: 'CUSTOMER_NO',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
};

function sortOrderFor(key, params) {
  if (SORT_KEYS[key] !== params.sort) return null;
  return params.direction === 'ASC' ? 'ascend' : 'descend';
}

function useColumns(params) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sortable = (key) => ({
    key,
    sorter: true,
    sortDirections: ['ascend', 'descend', 'ascend'],
    sortOrder: sortOrderFor(key, params),
  });

  return {
    NAME: {
      title: t('customers.fields.fullName'),
      ...sortable('name'),
      render: (_, c) => (
        <>
          <Link to={customerPath(c.id)}>{c.fullName}</Link>
          {c.nameLatin && (
            <Typography.Text type="secondary"> {c.nameLatin}</Typography.Text>
          )}
        </>
      ),
    },
    CUSTOMER_NO: {
      title: t('customers.fields.customerNo'),
      dataIndex: 'customerNo',
      ...sortable('customerNo'),
    },
    KIND: {
      title: t('customers.fields.kind'),
      key: 'kind',
      render: (_, c) => t(`enums.CustomerKind.${c.kind}`),
    },
    STATUS: {
      title: t('customers.fields.status'),
      key: 'status',
      render: (_, c) => <EnumTag type="CustomerStatus" value={c.status} />,
    },
    BRANCH: {
      title: t('customers.fields.branch'),
      key: 'branch',
      render: (_, c) => localName(c.branch, language),
    },
    COMPLETENESS: {
      title: t('customers.list.column.COMPLETENESS'),
      key: 'completeness',
      render: (_, c) => <Completeness value={c.completeness} />,
    },
    CREATED_AT: {
      title: t('customers.fields.createdAt'),
      ...sortable('createdAt'),
      render: (_, c) => formatDateTime(c.createdAt, language),
    },
    UPDATED_AT: {
      title: t('customers.fields.updatedAt'),
      ...sortable('updatedAt'),
      render: (_, c) => formatDateTime(c.updatedAt, language),
    },
  };
}

/** The score, marked when a required field is missing. */
function Completeness({ value }) {
  if (!value) return null;
  return <Tag color={value.complete ? 'green' : 'orange'}>{value.score}%</Tag>;
}

/**
 * The desktop list: one row per customer, sortable by clicking a header,
 * showing the columns `params.columns` names, in that order.
 */
export function CustomerTable({ customers, params, loading, onSort }) {
  const all = useColumns(params);
  const columns = params.columns.map((name) => all[name]);

  const handleChange = (_pagination, _filters, sorter) => {
    const field = SORT_KEYS[sorter.columnKey];
    if (!field) return;
    onSort({ sort: field, direction: sorter.order === 'descend' ? 'DESC' : 'ASC' });
  };

  return (
    <Table
      rowKey="id"
      columns={columns}
      dataSource={customers}
      loading={loading}
      pagination={false}
      onChange={handleChange}
      size="middle"
    />
  );
}
