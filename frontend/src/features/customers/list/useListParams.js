import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';

import {
  readListParams,
  writeListParams,
  writeListState,
} from '@/features/customers/list/listParams';

/**
 * The list state in the URL (and the search text in the history entry's state)
 * and a setter. Any change other than a page move starts again from the first
 * page, since old cursors belong to old results.
 */
export function useListParams() {
  const [search, setSearch] = useSearchParams();
  const { state } = useLocation();
  const params = useMemo(() => readListParams(search, state), [search, state]);

  // An old link or bookmark with ?q=...: move the text out of the address.
  const linked = search.get('q');
  useEffect(() => {
    if (linked === null) return;
    const next = { ...readListParams(search, state), text: linked };
    setSearch(writeListParams(next), { replace: true, state: writeListState(next) });
  }, [linked, search, state, setSearch]);

  const update = useCallback(
    (changes, { keepPage = false, replace = false } = {}) => {
      const page = keepPage ? {} : { after: null, before: null };
      const next = { ...readListParams(search, state), ...page, ...changes };
      setSearch(writeListParams(next), { replace, state: writeListState(next) });
    },
    [search, state, setSearch],
  );

  return [params, update];
}
