import { IMPORT_PROGRESS_SUBSCRIPTION } from '@/features/imports/api/importProgressSubscription';

/**
 * Follows one import run by its key over the importProgress subscription.
 * Calls `onProgress({ phase, done, total })` per update and returns a function
 * that stops following. Live progress is a convenience: a failed socket only
 * leaves the bar at the upload's share.
 */
export function followImportProgress(client, key, onProgress) {
  const subscription = client
    .subscribe({ query: IMPORT_PROGRESS_SUBSCRIPTION, variables: { key } })
    .subscribe({
      next: ({ data }) => {
        if (data?.importProgress) onProgress(data.importProgress);
      },
      error: () => {},
    });
  return () => subscription.unsubscribe();
}

/** A key nobody else picks: the run's progress travels under it. */
export function newProgressKey() {
  if (globalThis.crypto?.randomUUID) return globalThis.crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
