import { Navigate } from 'react-router';

import { DocumentsDuePage } from '@/features/kyc/DocumentsDuePage';

/** The KYC follow-up screens, mounted by the app's router under /kyc. */
export const kycRoutes = [
  { index: true, element: <Navigate to="due" replace /> },
  { path: 'due', element: <DocumentsDuePage /> },
];
