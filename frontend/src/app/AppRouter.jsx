import { RouterProvider } from 'react-router';

/**
 * Router state changes are not wrapped in React transitions: with them, a
 * search that changes the URL rendered old and new query variables in turn,
 * and Apollo fetched both over and over.
 */
export function AppRouter({ router }) {
  return <RouterProvider router={router} useTransitions={false} />;
}
