import { CustomerDetailPage } from '@/features/customers/detail/CustomerDetailPage';
import { CreateCustomerPage } from '@/features/customers/form/CreateCustomerPage';
import { EditCustomerPage } from '@/features/customers/form/EditCustomerPage';
import { CustomerListPage } from '@/features/customers/list/CustomerListPage';
import { MergePage } from '@/features/records/merge/MergePage';

/** The customer screens, mounted by the app's router under /customers. */
export const customerRoutes = [
  { index: true, element: <CustomerListPage /> },
  { path: 'new', element: <CreateCustomerPage /> },
  { path: ':id', element: <CustomerDetailPage /> },
  { path: ':id/edit', element: <EditCustomerPage /> },
  { path: ':id/merge', element: <MergePage /> },
];
