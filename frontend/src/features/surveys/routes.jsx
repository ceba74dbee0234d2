import { lazy, Suspense } from 'react';

import { LoadingState } from '@/components/LoadingState';

// ECharts is about a megabyte: it loads with the dashboard, not with the app.
const ServiceDashboardPage = lazy(() =>
  import('@/features/surveys/ServiceDashboardPage').then((module) => ({
    default: module.ServiceDashboardPage,
  })),
);

/** The service dashboard, mounted by the app's router under /service. */
export const serviceRoutes = [
  {
    index: true,
    element: (
      <Suspense fallback={<LoadingState />}>
        <ServiceDashboardPage />
      </Suspense>
    ),
  },
];
