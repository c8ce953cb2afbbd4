// Request subjects served by notifications. Changing a value needs a migration plan.
export const NOTIFICATIONS_SUBJECTS = {
  sentEmailsList: 'notifications.sent-email.list',
} as const;
