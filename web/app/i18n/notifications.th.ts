/** Thai texts of the notification bell. */
export const notificationsTh = {
  'notifications.title': 'การแจ้งเตือน',
  'notifications.empty': 'ไม่มีการแจ้งเตือน',
  'notifications.readAll': 'อ่านทั้งหมดแล้ว',
  'notifications.bell': 'การแจ้งเตือน ยังไม่อ่าน {count} รายการ',
};
