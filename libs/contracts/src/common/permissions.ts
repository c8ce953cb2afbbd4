/** Staff permissions; the built-in Admin role holds all of them. Stored by value: do not rename. */
export const STAFF_PERMISSIONS = {
  manageClients: 'clients.manage',
  manageSchedule: 'schedule.manage',
  managePortalAccess: 'portal-access.manage',
  readChats: 'chats.read',
  sendChats: 'chats.send',
  receiveChatRecaps: 'chats.recaps',
  manageSettings: 'settings.manage',
  manageUsers: 'users.manage',
} as const;
export type StaffPermission = (typeof STAFF_PERMISSIONS)[keyof typeof STAFF_PERMISSIONS];
export const ALL_STAFF_PERMISSIONS = Object.values(STAFF_PERMISSIONS) as StaffPermission[];

/** Portal user permissions within one portal account. Stored by value: do not rename. */
export const PORTAL_PERMISSIONS = {
  viewAppointments: 'appointments.view',
  deleteAppointments: 'appointments.delete',
  viewDocuments: 'documents.view',
  viewInvoices: 'invoices.view',
  readChats: 'chats.read',
  sendChats: 'chats.send',
  receiveChatRecaps: 'chats.recaps',
  manageUsers: 'users.manage',
} as const;
export type PortalPermission = (typeof PORTAL_PERMISSIONS)[keyof typeof PORTAL_PERMISSIONS];
export const ALL_PORTAL_PERMISSIONS = Object.values(PORTAL_PERMISSIONS) as PortalPermission[];
