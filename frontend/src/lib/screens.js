import { can } from '@/lib/permissions';

// Each screen the menu links, with the permission it needs; a link the user
// cannot use is left out, and the route itself turns such a user away.
export const NAV = [
  ['/customers', 'app.nav.customers', 'customer.read'],
  ['/kyc/due', 'kyc.nav.due', 'customer.read'],
  ['/erasure', 'erasure.queue.nav', 'customer.erase'],
  ['/complaints', 'app.nav.complaints', 'complaint.read'],
  ['/service', 'app.nav.service', 'survey.read'],
  ['/risk/alerts', 'risk.nav.alerts', 'risk.read'],
  ['/risk/model', 'risk.nav.model', 'risk.read'],
  ['/imports', 'app.nav.imports', 'customer.import'],
  ['/segments', 'app.nav.segments', 'segment.read'],
  ['/analytics', 'app.nav.analytics', 'analytics.read'],
  ['/audit', 'app.nav.audit', 'audit.read'],
];

/** The screens `me` may open, in menu order, as [path, label key, permission]. */
export function screensFor(me) {
  return NAV.filter(([, , permission]) => can(me, permission));
}
