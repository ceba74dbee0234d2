import { ErasureQueuePage } from '@/features/erasure/ErasureQueuePage';

/** The erasure screens, mounted by the app's router under /erasure. */
export const erasureRoutes = [{ index: true, element: <ErasureQueuePage /> }];
