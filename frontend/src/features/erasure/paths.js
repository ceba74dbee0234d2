export const erasureQueuePath = () => '/erasure';
