export const CLIENTS_MIGRATIONS = [];
