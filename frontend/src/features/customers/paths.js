// Global IDs are base64 and may hold "/", "+" or "=": always encode them.
export const customersPath = () => '/customers';
export const newCustomerPath = () => '/customers/new';
export const customerPath = (id) => `/customers/${encodeURIComponent(id)}`;
export const editCustomerPath = (id) => `${customerPath(id)}/edit`;
export const mergeCustomerPath = (id) => `${customerPath(id)}/merge`;
