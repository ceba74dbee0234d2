import { AlertQueuePage } from '@/features/risk/alerts/AlertQueuePage';
import { ModelCardPage } from '@/features/risk/model/ModelCardPage';

/** The risk screens, mounted by the app's router under /risk. */
export const riskRoutes = [
  { path: 'alerts', element: <AlertQueuePage /> },
  { path: 'model', element: <ModelCardPage /> },
];
