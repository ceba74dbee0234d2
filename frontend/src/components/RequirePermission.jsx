import { NotPermittedScreen } from '@/components/NotPermittedScreen';
import { useCan } from '@/lib/permissions';

/**
 * A screen for callers holding `permission`; others, arriving by an old link
 * or a typed address, are told so instead of meeting a form that cannot work.
 */
export function RequirePermission({ permission, children }) {
  if (useCan(permission)) return children;
  return <NotPermittedScreen permission={permission} />;
}
