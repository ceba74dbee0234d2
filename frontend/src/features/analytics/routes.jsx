import { AnalyticsDashboardPage } from '@/features/analytics/AnalyticsDashboardPage';

/** The analytics screens, mounted by the app's router under /analytics. */
export const analyticsRoutes = [{ index: true, element: <AnalyticsDashboardPage /> }];
