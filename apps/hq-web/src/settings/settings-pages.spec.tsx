import type { Role, StaffUser } from '@tailwise/contracts';
import { findTag, labelsOf, textsOf } from '@tailwise/web-ui';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ada, admin, renderApp } from '../test/render-app';
import { renderStatic } from '../test/render-static';
import { defaultRoleId, InviteUserForm } from './invite-user-dialog';
import { permissionsText } from './permission-labels';
import { RoleForm } from './role-form';
import { staffKeys } from './staff-queries';
import { deleteRoleMessage } from './user-roles-page';
import { disableMessage } from './users-page';

const adminRole: Role = { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', name: 'Admin', isAdmin: true, permissions: [], userCount: 1 };
const frontDesk: Role = { id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', name: 'Front desk', isAdmin: false, permissions: ['chats.read', 'clients.manage'], userCount: 2 };
const roles = [adminRole, frontDesk];

const user = (over: Partial<StaffUser>): StaffUser => ({
  id: ada.user.id,
  email: 'ada@example.org',
  firstName: 'Ada',
  lastName: 'Lovelace',
  role: { id: adminRole.id, name: 'Admin', isAdmin: true },
  status: 'active',
  lastSignInAt: '2030-01-01T11:00:00.000Z',
  createdAt: '2030-01-01T10:00:00.000Z',
  ...over,
});
const me = user({});
const grace = user({
  id: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f',
  email: 'grace@example.org',
  firstName: 'Grace',
  lastName: 'Hopper',
  role: { id: frontDesk.id, name: 'Front desk', isAdmin: false },
  status: 'invited',
  lastSignInAt: null,
});
const alan = user({ id: '6d7e8f9a-0b1c-4d2e-9f3a-4b5c6d7e8f9a', email: 'alan@example.org', firstName: 'Alan', lastName: 'Turing', status: 'disabled' });

const seeded = (users: StaffUser[]) => (queryClient: QueryClient) => {
  queryClient.setQueryData(staffKeys.users, users);
  queryClient.setQueryData(staffKeys.roles, roles);
};

describe('Settings → Users', () => {
  const html = renderApp('/settings/users', admin, seeded([me, grace, alan]));
  const row = (name: string) => textsOf(html, 'tr').find((text) => text.startsWith(name));

  it('lists each user with email, role, status, last sign-in, and offers Invite User', () => {
    expect(textsOf(html, 'h1')).toEqual(['Users']);
    expect(textsOf(html, 'th')).toEqual(expect.arrayContaining(['Name', 'Email', 'Role', 'Status', 'Last sign-in']));
    expect(row('Grace Hopper')).toContain('grace@example.org');
    expect(row('Grace Hopper')).toContain('Invited');
    expect(row('Grace Hopper')).toContain('Never');
    expect(row('Ada Lovelace')).toContain('Active');
    expect(row('Ada Lovelace')).toContain('Jan 1, 2030, 11:00 AM');
    expect(row('Alan Turing')).toContain('Disabled');
    expect(textsOf(html, 'button')).toContain('Invite User');
  });

  it("changes a user's role with the row's select and Save", () => {
    const select = html.match(/<select[^>]*aria-label="Role of Grace Hopper"[^>]*>([\s\S]*?)<\/select>/);
    expect(select?.[1]).toMatch(/<option value="2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f" selected="">Front desk<\/option>/);
    expect(findTag(html, 'aria-label="Save role of Grace Hopper"')).toMatch(/disabled/);
  });

  it('offers Resend Invitation to invited users, Disable to others, Enable to disabled users, and no Disable of yourself', () => {
    expect(html).toMatch(/<button[^>]*aria-label="Resend invitation to Grace Hopper"/);
    expect(html).not.toMatch(/aria-label="Resend invitation to (Ada|Alan)/);
    expect(html).toMatch(/<button[^>]*aria-label="Disable Grace Hopper"/);
    expect(html).toMatch(/<button[^>]*aria-label="Enable Alan Turing"/);
    expect(html).not.toMatch(/aria-label="Disable (Ada Lovelace|Alan Turing)"/);
    expect(row('Ada Lovelace')).toContain('You');
  });

  it('warns before Disable that their sessions end at once', () => {
    expect(disableMessage('Grace Hopper')).toMatch(/^Grace Hopper will no longer be able to sign in, and their sessions end at once/);
  });

  it('without Manage users, says what is missing instead of the list', () => {
    const denied = renderApp('/settings/users', ada, seeded([me]));
    expect(textsOf(denied, 'h1')).toEqual(['Users']);
    expect(denied).toContain('You need the Manage users permission');
    expect(textsOf(denied, 'button')).not.toContain('Invite User');
  });
});

describe('Invite User', () => {
  const html = renderStatic(<InviteUserForm roles={roles} onSubmit={async () => undefined} onCancel={() => undefined} />, admin);

  it('asks for first name, last name, email and role, and sends the invitation', () => {
    expect(labelsOf(html)).toEqual(['First name', 'Last name', 'Email', 'Role']);
    expect(textsOf(html, 'option')).toEqual(['Admin', 'Front desk']);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Send Invitation[\s\S]*?<\/button>/);
    expect(html).toMatch(/<form[^>]*novalidate/i);
  });

  it('picks a role that is not Admin unless Admin is the only one', () => {
    expect(findTag(html, `value="${frontDesk.id}"`)).toContain('selected');
    expect(defaultRoleId([adminRole])).toBe(adminRole.id);
    expect(defaultRoleId([])).toBe('');
  });
});

describe('Settings → User Roles', () => {
  const html = renderApp('/settings/user-roles', admin, seeded([]));
  const row = (name: string) => textsOf(html, 'tr').find((text) => text.startsWith(name));

  it('lists the roles with their permissions and user counts; Admin is built in', () => {
    expect(textsOf(html, 'h1')).toEqual(['User Roles']);
    expect(textsOf(html, 'th')).toEqual(expect.arrayContaining(['Role', 'Permissions', 'Users']));
    expect(row('Admin')).toBe('AdminBuilt-inEvery permission1Built-in, not editable');
    expect(row('Front desk')).toBe('Front deskManage clients, Read chats2EditDelete');
    expect(html).toMatch(/<button[^>]*aria-label="Edit Front desk"/);
    expect(html).toMatch(/<button[^>]*aria-label="Delete Front desk"/);
    expect(html).not.toMatch(/aria-label="(Edit|Delete) Admin"/);
    expect(textsOf(html, 'button')).toContain('Create Role');
  });

  it('says before Delete that it cannot be undone, and that a role in use is refused', () => {
    expect(deleteRoleMessage(frontDesk)).toBe(
      "This permanently deletes the Front desk role and can't be undone. 2 users hold it: give them another role first, or the delete is refused.",
    );
    expect(deleteRoleMessage({ name: 'Vet', userCount: 0 })).toBe("This permanently deletes the Vet role and can't be undone.");
  });

  it('names permissions in words', () => {
    expect(permissionsText(['users.manage', 'clients.manage'])).toBe('Manage clients, Manage users');
    expect(permissionsText([])).toBe('No permissions');
  });

  it('without Manage users, says what is missing instead of the list', () => {
    const denied = renderApp('/settings/user-roles', ada);
    expect(textsOf(denied, 'h1')).toEqual(['User Roles']);
    expect(denied).toContain('You need the Manage users permission');
  });
});

describe('the role form', () => {
  const html = renderStatic(
    <RoleForm defaultValues={{ name: 'Front desk', permissions: frontDesk.permissions }} submitLabel="Save Changes" onSubmit={async () => undefined} />,
    admin,
  );

  it('has the name and one labelled checkbox per permission, checked as the role holds them', () => {
    expect(labelsOf(html)).toEqual([
      'Name',
      'Manage clients',
      'Manage schedule',
      'Manage portal access',
      'Read chats',
      'Send chats',
      'Receive chat email recaps',
      'Manage settings',
      'Manage users',
    ]);
    expect(findTag(html, 'value="clients.manage"')).toMatch(/\schecked=""/);
    expect(findTag(html, 'value="chats.read"')).toMatch(/\schecked=""/);
    expect(findTag(html, 'value="users.manage"')).not.toMatch(/\schecked=""/);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Save Changes[\s\S]*?<\/button>/);
  });
});
