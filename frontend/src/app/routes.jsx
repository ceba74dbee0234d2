import { AppLayout } from '@/app/AppLayout';
import { Landing } from '@/app/Landing';
import { NotFoundPage } from '@/app/NotFoundPage';
import { RouteError } from '@/app/RouteError';
import { complaintRoutes } from '@/features/complaints/routes';
import { analyticsRoutes } from '@/features/analytics/routes';
import { auditRoutes } from '@/features/audit/routes';
import { customerRoutes } from '@/features/customers/routes';
import { segmentRoutes } from '@/features/segments/routes';
import { serviceRoutes } from '@/features/surveys/routes';
import { riskRoutes } from '@/features/risk/routes';
import { importRoutes } from '@/features/imports/routes';

export const routes = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Landing /> },
      { path: 'customers', children: customerRoutes },
      { path: 'complaints', children: complaintRoutes },
      { path: 'service', children: serviceRoutes },
      { path: 'risk', children: riskRoutes },
      { path: 'imports', children: importRoutes },
      { path: 'segments', children: segmentRoutes },
      { path: 'analytics', children: analyticsRoutes },
      { path: 'audit', children: auditRoutes },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
