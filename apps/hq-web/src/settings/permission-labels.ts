import { STAFF_PERMISSIONS, type StaffPermission } from '@tailwise/contracts';

/** Each staff permission as the role form and the role list name it, in the order they are shown. */
export const STAFF_PERMISSION_LABELS: ReadonlyArray<{ value: StaffPermission; label: string }> = [
  { value: STAFF_PERMISSIONS.manageClients, label: 'Manage clients' },
  { value: STAFF_PERMISSIONS.manageSchedule, label: 'Manage schedule' },
  { value: STAFF_PERMISSIONS.managePortalAccess, label: 'Manage portal access' },
  { value: STAFF_PERMISSIONS.readChats, label: 'Read chats' },
  { value: STAFF_PERMISSIONS.sendChats, label: 'Send chats' },
  { value: STAFF_PERMISSIONS.receiveChatRecaps, label: 'Receive chat email recaps' },
  { value: STAFF_PERMISSIONS.manageSettings, label: 'Manage settings' },
  { value: STAFF_PERMISSIONS.manageUsers, label: 'Manage users' },
];

/** "Manage clients, Read chats", in the form's order; permissions this app does not know are left out. */
export function permissionsText(permissions: readonly string[]): string {
  const held = new Set(permissions);
  const labels = STAFF_PERMISSION_LABELS.filter((item) => held.has(item.value)).map((item) => item.label);
  return labels.length === 0 ? 'No permissions' : labels.join(', ');
}
