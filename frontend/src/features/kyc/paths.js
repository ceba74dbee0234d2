export const documentsDuePath = () => '/kyc/due';
