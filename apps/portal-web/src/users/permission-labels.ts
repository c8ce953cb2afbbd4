import { PORTAL_PERMISSIONS, type PortalPermission } from '@tailwise/contracts';

/** Every portal permission in the order the Users page lists them, in the users' words. */
export const PERMISSION_OPTIONS: ReadonlyArray<{ value: PortalPermission; label: string }> = [
  { value: PORTAL_PERMISSIONS.viewAppointments, label: 'View appointments' },
  { value: PORTAL_PERMISSIONS.deleteAppointments, label: 'Delete appointments' },
  { value: PORTAL_PERMISSIONS.viewDocuments, label: 'View documents' },
  { value: PORTAL_PERMISSIONS.viewInvoices, label: 'View invoices' },
  { value: PORTAL_PERMISSIONS.readChats, label: 'Read chats' },
  { value: PORTAL_PERMISSIONS.sendChats, label: 'Send chats' },
  { value: PORTAL_PERMISSIONS.receiveChatRecaps, label: 'Receive chat email recaps' },
  { value: PORTAL_PERMISSIONS.manageUsers, label: 'Manage users' },
];

/** What a new user may do unless the admin changes it: see everything and chat, but not delete or manage users. */
export const DEFAULT_PERMISSIONS: PortalPermission[] = [
  PORTAL_PERMISSIONS.viewAppointments,
  PORTAL_PERMISSIONS.viewDocuments,
  PORTAL_PERMISSIONS.viewInvoices,
  PORTAL_PERMISSIONS.readChats,
  PORTAL_PERMISSIONS.sendChats,
];

/** "View appointments, Send chats", in the page's order; "None" when the user has none. */
export function permissionsText(permissions: readonly string[]): string {
  const labels = PERMISSION_OPTIONS.filter((option) => permissions.includes(option.value)).map((option) => option.label);
  return labels.length > 0 ? labels.join(', ') : 'None';
}
