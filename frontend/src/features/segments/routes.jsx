import { RequirePermission } from '@/components/RequirePermission';
import { SegmentBuilderPage } from '@/features/segments/SegmentBuilderPage';
import { SegmentDetailPage } from '@/features/segments/SegmentDetailPage';
import { SegmentsPage } from '@/features/segments/SegmentsPage';

/** The segment screens, mounted by the app's router under /segments. */
export const segmentRoutes = [
  { index: true, element: <SegmentsPage /> },
  {
    path: 'new',
    element: (
      <RequirePermission permission="segment.manage">
        <SegmentBuilderPage />
      </RequirePermission>
    ),
  },
  { path: ':id', element: <SegmentDetailPage /> },
];
