import { Navigate } from 'react-router';

import { AlertQueuePage } from '@/features/risk/alerts/AlertQueuePage';
import { ModelCardPage } from '@/features/risk/model/ModelCardPage';

/** The risk screens, mounted by the app's router under /risk. */
export const riskRoutes = [
  { index: true, element: <Navigate to="alerts" replace /> },
  { path: 'alerts', element: <AlertQueuePage /> },
  { path: 'model', element: <ModelCardPage /> },
];
