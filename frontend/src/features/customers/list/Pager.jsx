import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { PAGE_SIZES } from '@/features/customers/list/listParams';

/**
 * Cursor paging: Next asks for the page after the last row shown, Previous
 * for the page before the first. Paging backwards a server may leave
 * hasNextPage false (Relay allows it), yet the page we came from is there.
 */
export function Pager({ connection, params, onChange }) {
  const { t } = useTranslation();
  const { pageInfo, totalCount } = connection;
  const canGoBack = pageInfo.hasPreviousPage || Boolean(params.after);
  const canGoOn = pageInfo.hasNextPage || Boolean(params.before);
  const sizeOptions = PAGE_SIZES.map((size) => ({
    value: size,
    label: t('customers.list.perPage', { count: size }),
  }));

  return (
    <Flex wrap gap="small" align="center" justify="space-between">
      <Typography.Text>
        {t('customers.list.total', { count: totalCount })}
      </Typography.Text>
      <Flex wrap gap="small" align="center">
        <Button disabled={!canGoBack} onClick={() => onChange({}, {})}>
          {t('customers.list.firstPage')}
        </Button>
        <Button
          disabled={!canGoBack}
          onClick={() =>
            onChange({ after: null, before: pageInfo.startCursor }, { keepPage: true })
          }
        >
          {t('customers.list.previous')}
        </Button>
        <Button
          disabled={!canGoOn}
          onClick={() =>
            onChange({ after: pageInfo.endCursor, before: null }, { keepPage: true })
          }
        >
          {t('customers.list.next')}
        </Button>
        <Select
          value={params.size}
          onChange={(size) => onChange({ size })}
          options={sizeOptions}
          aria-label={t('customers.list.pageSize')}
          style={{ width: 120 }}
        />
      </Flex>
    </Flex>
  );
}
