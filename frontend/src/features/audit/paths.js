// Global IDs are base64 and may hold "/", "+" or "=": always encode them.
export const auditPath = () => '/audit';
export const customerAuditPath = (customerId) =>
  `/audit?customer=${encodeURIComponent(customerId)}`;
