import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebouncedValue } from '@/components/useDebouncedValue';
import { CUSTOMER_SEARCH_QUERY } from '@/features/complaints/api/customerSearchQuery';

/** A customer chosen by name, number, phone or ID number. */
export function CustomerPicker({ value, onChange, initialLabel }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 300);
  const { data, loading } = useQuery(CUSTOMER_SEARCH_QUERY, {
    variables: { text: search },
    skip: search.length < 2,
  });
  const options = (data?.customers.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.fullName} · ${node.customerNo}`,
  }));
  if (value && initialLabel && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: initialLabel });
  }
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setText }}
      aria-label={t('complaints.fields.customer')}
      placeholder={t('complaints.form.customerHint')}
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      notFoundContent={null}
    />
  );
}
