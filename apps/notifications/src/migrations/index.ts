import { CreateNotifications1795445857231 } from './1795445857231-create-notifications';

export const NOTIFICATIONS_MIGRATIONS = [CreateNotifications1795445857231];
