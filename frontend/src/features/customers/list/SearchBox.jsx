import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebouncedValue } from '@/components/useDebouncedValue';

const TYPING_PAUSE_MS = 300;

/** The free-text search; it searches once the user pauses typing. */
export function SearchBox({ value, onSearch }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const settled = useDebouncedValue(draft, TYPING_PAUSE_MS);

  useEffect(() => setDraft(value), [value]); // Back/Forward changed the URL
  useEffect(() => {
    if (settled !== value) onSearch(settled);
  }, [settled]); // eslint-disable-line react-hooks/exhaustive-deps -- only a settled draft searches

  return (
    <Input.Search
      allowClear
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onSearch={(text) => onSearch(text)}
      placeholder={t('customers.list.searchPlaceholder')}
      aria-label={t('customers.list.search')}
    />
  );
}
