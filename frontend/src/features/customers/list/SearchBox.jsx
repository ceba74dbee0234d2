import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const TYPING_PAUSE_MS = 300;
// The server refuses a longer search text (cims.domain.customers.MAX_SEARCH).
export const MAX_SEARCH_LENGTH = 200;

/** The free-text search; it searches once the user pauses typing. */
export function SearchBox({ value, onSearch }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const timer = useRef(null);
  const latestOnSearch = useRef(onSearch);

  // Back or Forward changed the URL: show its text instead of the draft.
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  useEffect(() => {
    latestOnSearch.current = onSearch;
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const change = (text) => {
    setDraft(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => latestOnSearch.current(text), TYPING_PAUSE_MS);
  };
  const searchNow = (text) => {
    clearTimeout(timer.current);
    onSearch(text);
  };

  return (
    <Input.Search
      allowClear
      maxLength={MAX_SEARCH_LENGTH}
      value={draft}
      onChange={(event) => change(event.target.value)}
      onSearch={searchNow}
      placeholder={t('customers.list.searchPlaceholder')}
      aria-label={t('customers.list.search')}
    />
  );
}
