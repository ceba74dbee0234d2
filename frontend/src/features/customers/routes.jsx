import { RequirePermission } from '@/components/RequirePermission';
import { CustomerDetailPage } from '@/features/customers/detail/CustomerDetailPage';
import { CreateCustomerPage } from '@/features/customers/form/CreateCustomerPage';
import { EditCustomerPage } from '@/features/customers/form/EditCustomerPage';
import { CustomerListPage } from '@/features/customers/list/CustomerListPage';
import { MergePage } from '@/features/records/merge/MergePage';

/** The customer screens, mounted by the app's router under /customers. */
export const customerRoutes = [
  { index: true, element: <CustomerListPage /> },
  {
    path: 'new',
    element: (
      <RequirePermission permission="customer.write">
        <CreateCustomerPage />
      </RequirePermission>
    ),
  },
  { path: ':id', element: <CustomerDetailPage /> },
  {
    path: ':id/edit',
    element: (
      <RequirePermission permission="customer.write">
        <EditCustomerPage />
      </RequirePermission>
    ),
  },
  {
    path: ':id/merge',
    element: (
      <RequirePermission permission="customer.write">
        <MergePage />
      </RequirePermission>
    ),
  },
];
