import { can } from '@/lib/permissions';

// The rights that act on a KYC document due for follow-up: renewing it (a new
// document, the old one retired) or verifying it. Reading the list alone
// (customer.read, every role) is no reason to offer it.
export const KYC_FOLLOW_UP = ['kyc.manage', 'kyc.verify'];

// Each screen the menu links, with the permission it needs (a list: any one);
// a link the user cannot use is left out, and the route itself turns such a
// user away.
export const NAV = [
  ['/customers', 'app.nav.customers', 'customer.read'],
  ['/kyc/due', 'kyc.nav.due', KYC_FOLLOW_UP],
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
