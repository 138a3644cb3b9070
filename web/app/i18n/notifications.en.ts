import type { notificationsTh } from './notifications.th.js';

/** English texts of the notification bell. */
export const notificationsEn: Record<keyof typeof notificationsTh, string> = {
  'notifications.title': 'Notifications',
  'notifications.empty': 'No notifications',
  'notifications.readAll': 'Mark all read',
  'notifications.bell': 'Notifications, {count} unread',
};
