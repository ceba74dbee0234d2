import { Navigate } from 'react-router';

import { AppLayout } from '@/app/AppLayout';
import { NotFoundPage } from '@/app/NotFoundPage';
import { RouteError } from '@/app/RouteError';
import { customerRoutes } from '@/features/customers/routes';

export const routes = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/customers" replace /> },
      { path: 'customers', children: customerRoutes },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
