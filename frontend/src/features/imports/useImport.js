import { useState } from 'react';

import { COMMIT_IMPORT_MUTATION } from '@/features/imports/api/commitImportMutation';
import { PREVIEW_IMPORT_MUTATION } from '@/features/imports/api/previewImportMutation';
import { uploadOperation } from '@/features/imports/api/uploadOperation';
import { mappingInput } from '@/features/imports/mapping';

function payloadOf(response, field) {
  const payload = response.body?.data?.[field];
  if (payload) return payload;
  const requestId = response.body?.errors?.[0]?.extensions?.requestId;
  return { __typename: 'RequestFailed', requestId };
}

/**
 * The state of one import: the dry run (preview) and the commit, each an
 * upload of the same file with the mapping being edited.
 */
export function useImport() {
  const [state, setState] = useState({ busy: null, progress: 0, failure: null });

  const send = async (kind, file, rows) => {
    const [document, field] =
      kind === 'preview'
        ? [PREVIEW_IMPORT_MUTATION, 'previewImport']
        : [COMMIT_IMPORT_MUTATION, 'commitImport'];
    setState({ busy: kind, progress: 0, failure: null });
    const input = { file, ...(rows ? { mapping: mappingInput(rows) } : {}) };
    try {
      const response = await uploadOperation(document, input, {
        onProgress: (progress) => setState((s) => ({ ...s, progress })),
      });
      setState({ busy: null, progress: 1, failure: null });
      return payloadOf(response, field);
    } catch (error) {
      setState({ busy: null, progress: 0, failure: error });
      return null;
    }
  };

  return {
    ...state,
    preview: (file, rows) => send('preview', file, rows),
    commit: (file, rows) => send('commit', file, rows),
  };
}
