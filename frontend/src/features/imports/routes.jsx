import { RequirePermission } from '@/components/RequirePermission';
import { ImportWizardPage } from '@/features/imports/ImportWizardPage';

/** The import wizard, mounted by the app's router under /imports. */
export const importRoutes = [
  {
    index: true,
    element: (
      <RequirePermission permission="customer.import">
        <ImportWizardPage />
      </RequirePermission>
    ),
  },
];
