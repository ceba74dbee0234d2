import { Outlet } from 'react-router';

import { AppLayout } from '@/app/AppLayout';
import { Landing } from '@/app/Landing';
import { NotFoundPage } from '@/app/NotFoundPage';
import { RouteError } from '@/app/RouteError';
import { complaintRoutes } from '@/features/complaints/routes';
import { analyticsRoutes } from '@/features/analytics/routes';
import { auditRoutes } from '@/features/audit/routes';
import { customerRoutes } from '@/features/customers/routes';
import { erasureRoutes } from '@/features/erasure/routes';
import { segmentRoutes } from '@/features/segments/routes';
import { serviceRoutes } from '@/features/surveys/routes';
import { riskRoutes } from '@/features/risk/routes';
import { importRoutes } from '@/features/imports/routes';
import { kycRoutes } from '@/features/kyc/routes';
import { RequirePermission } from '@/components/RequirePermission';
import { KYC_FOLLOW_UP } from '@/lib/screens';

/**
 * A group of screens behind the permission they all need: a role without it
 * meets one clear "your role may not use this" screen, whichever page of the
 * group it opened, never a page that fails in its own words.
 */
function guarded(path, permission, children) {
  const element = (
    <RequirePermission permission={permission}>
      <Outlet />
    </RequirePermission>
  );
  return { path, element, children };
}

export const routes = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Landing /> },
      guarded('customers', 'customer.read', customerRoutes),
      guarded('kyc', KYC_FOLLOW_UP, kycRoutes),
      guarded('erasure', 'customer.erase', erasureRoutes),
      guarded('complaints', 'complaint.read', complaintRoutes),
      guarded('service', 'survey.read', serviceRoutes),
      guarded('risk', 'risk.read', riskRoutes),
      guarded('imports', 'customer.import', importRoutes),
      guarded('segments', 'segment.read', segmentRoutes),
      guarded('analytics', 'analytics.read', analyticsRoutes),
      guarded('audit', 'audit.read', auditRoutes),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
