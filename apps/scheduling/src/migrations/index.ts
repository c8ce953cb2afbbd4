export const SCHEDULING_MIGRATIONS = [];
