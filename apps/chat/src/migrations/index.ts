export const CHAT_MIGRATIONS = [];
