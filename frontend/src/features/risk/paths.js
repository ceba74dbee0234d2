export const alertsPath = () => '/risk/alerts';
export const modelCardPath = () => '/risk/model';
