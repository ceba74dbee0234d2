import { Navigate } from 'react-router';

import { AppLayout } from '@/app/AppLayout';
import { NotFoundPage } from '@/app/NotFoundPage';
import { RouteError } from '@/app/RouteError';
import { analyticsRoutes } from '@/features/analytics/routes';
import { customerRoutes } from '@/features/customers/routes';
import { segmentRoutes } from '@/features/segments/routes';

export const routes = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/customers" replace /> },
      { path: 'customers', children: customerRoutes },
      { path: 'segments', children: segmentRoutes },
      { path: 'analytics', children: analyticsRoutes },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
