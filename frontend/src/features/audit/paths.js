// Global IDs are base64 and may hold "/", "+" or "=": always encode them.
export const auditPath = () => '/audit';
export const customerPagePath = (customerId) =>
  `/customers/${encodeURIComponent(customerId)}`;
export const customerAuditPath = (customerId) =>
  `/audit?customer=${encodeURIComponent(customerId)}`;
