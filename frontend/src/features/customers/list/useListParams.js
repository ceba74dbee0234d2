import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { readListParams, writeListParams } from '@/features/customers/list/listParams';

/**
 * The list state in the URL and a setter. Any change other than a page move
 * starts again from the first page, since old cursors belong to old results.
 */
export function useListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readListParams(search), [search]);

  const update = useCallback(
    (changes, { keepPage = false, replace = false } = {}) => {
      const page = keepPage ? {} : { after: null, before: null };
      const next = { ...readListParams(search), ...page, ...changes };
      setSearch(writeListParams(next), { replace });
    },
    [search, setSearch],
  );

  return [params, update];
}
