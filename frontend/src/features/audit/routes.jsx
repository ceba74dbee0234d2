import { RequirePermission } from '@/components/RequirePermission';
import { AuditTrailPage } from '@/features/audit/AuditTrailPage';

/** The audit trail, mounted by the app's router under /audit. */
export const auditRoutes = [
  {
    index: true,
    element: (
      <RequirePermission permission="audit.read">
        <AuditTrailPage />
      </RequirePermission>
    ),
  },
];
