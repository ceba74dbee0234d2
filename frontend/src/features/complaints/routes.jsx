import { RequirePermission } from '@/components/RequirePermission';
import { ComplaintDetailPage } from '@/features/complaints/detail/ComplaintDetailPage';
import { FileComplaintPage } from '@/features/complaints/form/FileComplaintPage';
import { ComplaintQueuesPage } from '@/features/complaints/queue/ComplaintQueuesPage';

/** The complaint screens, mounted by the app's router under /complaints. */
export const complaintRoutes = [
  { index: true, element: <ComplaintQueuesPage /> },
  {
    path: 'new',
    element: (
      <RequirePermission permission="complaint.file">
        <FileComplaintPage />
      </RequirePermission>
    ),
  },
  { path: ':id', element: <ComplaintDetailPage /> },
];
