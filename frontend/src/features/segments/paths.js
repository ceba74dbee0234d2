// Global IDs are base64 and may hold "/", "+" or "=": always encode them.
export const segmentsPath = () => '/segments';
export const newSegmentPath = () => '/segments/new';
export const segmentPath = (id) => `/segments/${encodeURIComponent(id)}`;
