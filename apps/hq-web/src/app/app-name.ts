export const APP_NAME = 'Tailwise HQ';
