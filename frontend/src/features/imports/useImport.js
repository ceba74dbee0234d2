import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';

import { COMMIT_IMPORT_MUTATION } from '@/features/imports/api/commitImportMutation';
import {
  followImportProgress,
  newProgressKey,
} from '@/features/imports/api/followImportProgress';
import { PREVIEW_IMPORT_MUTATION } from '@/features/imports/api/previewImportMutation';
import { uploadOperation } from '@/features/imports/api/uploadOperation';
import { ignoredInput, mappingInput } from '@/features/imports/mapping';

// The upload is the first tenth of the bar; the server's rows are the rest.
const UPLOAD_SHARE = 0.1;

function payloadOf(response, field) {
  const payload = response.body?.data?.[field];
  if (payload) return payload;
  const requestId = response.body?.errors?.[0]?.extensions?.requestId;
  return { __typename: 'RequestFailed', requestId };
}

function share(rows) {
  if (!rows) return 0;
  if (rows.phase === 'done') return 1;
  return rows.total ? Math.min(rows.done / rows.total, 1) : 0;
}

/**
 * The state of one import: the dry run (preview) and the commit, each an
 * upload of the same file with the mapping being edited. While the server
 * works, its progress (rows done of the file's rows) arrives over the
 * importProgress subscription under a key chosen here.
 */
export function useImport() {
  const client = useApolloClient();
  const [state, setState] = useState({
    busy: null,
    progress: 0,
    rows: null,
    failure: null,
  });

  const send = async (kind, file, rows, options = {}) => {
    const [document, field] =
      kind === 'preview'
        ? [PREVIEW_IMPORT_MUTATION, 'previewImport']
        : [COMMIT_IMPORT_MUTATION, 'commitImport'];
    setState({ busy: kind, progress: 0, rows: null, failure: null });
    const progressKey = newProgressKey();
    const stop = followImportProgress(client, progressKey, (update) =>
      setState((s) => ({
        ...s,
        rows: update,
        progress: UPLOAD_SHARE + (1 - UPLOAD_SHARE) * share(update),
      })),
    );
    const input = {
      file,
      progressKey,
      ...options,
      ...(rows ? { mapping: mappingInput(rows) } : {}),
      ...(rows && ignoredInput(rows).length
        ? { ignoredColumns: ignoredInput(rows) }
        : {}),
    };
    try {
      const response = await uploadOperation(document, input, {
        onProgress: (sent) =>
          setState((s) => (s.rows ? s : { ...s, progress: sent * UPLOAD_SHARE })),
      });
      setState({ busy: null, progress: 1, rows: null, failure: null });
      return payloadOf(response, field);
    } catch (error) {
      setState({ busy: null, progress: 0, rows: null, failure: error });
      return null;
    } finally {
      stop();
    }
  };

  return {
    ...state,
    preview: (file, rows, options) => send('preview', file, rows, options),
    commit: (file, rows, options) => send('commit', file, rows, options),
  };
}
