export const complaintsPath = (queue) =>
  queue ? `/complaints?queue=${queue}` : '/complaints';
export const complaintPath = (id) => `/complaints/${encodeURIComponent(id)}`;
export const fileComplaintPath = (customerId) =>
  customerId
    ? `/complaints/new?customer=${encodeURIComponent(customerId)}`
    : '/complaints/new';
export const serviceDashboardPath = () => '/service';
