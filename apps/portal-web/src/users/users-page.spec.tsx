import type { PortalUser } from '@tailwise/contracts';
import { findTag, labelsOf, textsOf } from '@tailwise/web-ui';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { dana, renderApp, renderPart } from '../test/render-app';
import { DEFAULT_PERMISSIONS, permissionsText } from './permission-labels';
import { AddUserForm, EditUserForm } from './user-form';
import { usersQuery } from './user-queries';

const self: PortalUser = {
  id: dana.user.id,
  email: dana.user.email,
  name: dana.user.name,
  permissions: ['appointments.view', 'users.manage'],
  status: 'active',
  lastLoginAt: '2030-01-02T15:30:00.000Z',
  createdAt: '2030-01-01T10:00:00.000Z',
};

const sam: PortalUser = {
  id: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f',
  email: 'sam@rescue.test',
  name: 'Sam Lee',
  permissions: [],
  status: 'invited',
  lastLoginAt: null,
  createdAt: '2030-01-03T10:00:00.000Z',
};

const withUsers = (users: PortalUser[]) => (queryClient: QueryClient) => queryClient.setQueryData(usersQuery(dana.account.id).queryKey, users);

describe('Users', () => {
  const html = renderApp('/users', dana, withUsers([self, sam]));

  it("lists the account's users: name, email, status, last login and permissions", () => {
    expect(textsOf(html, 'h1')).toEqual(['Users']);
    expect(textsOf(html, 'th').slice(0, 5)).toEqual(['Name', 'Email', 'Status', 'Last login', 'Permissions']);
    const rows = textsOf(html, 'tr').slice(1);
    expect(rows[0]).toBe('Dana Okafor (you)dana@rescue.testActiveJan 2, 2030, 3:30 PMView appointments, Manage usersEdit');
    expect(rows[1]).toBe('Sam Leesam@rescue.testInvitedNeverNoneEditRemove');
  });

  it('offers Add User, and Edit and Remove named for each user, but never removing oneself', () => {
    expect(textsOf(html, 'button')).toContain('Add User');
    expect(html).toMatch(/<button[^>]*aria-label="Edit Sam Lee"/);
    expect(html).toMatch(/<button[^>]*aria-label="Remove Sam Lee"/);
    expect(html).toMatch(/<button[^>]*aria-label="Edit Dana Okafor"/);
    expect(html).not.toMatch(/aria-label="Remove Dana Okafor"/);
  });

  it('names the permissions in the order of the Add User dialog', () => {
    expect(permissionsText(['users.manage', 'chats.recaps', 'appointments.delete'])).toBe('Delete appointments, Receive chat email recaps, Manage users');
  });

  it('says it is loading until the users arrive', () => {
    expect(renderApp('/users', dana)).toMatch(/role="status"[\s\S]*Loading users…/);
  });

  it('is for those who manage users: anyone else is told whom to ask', () => {
    const other = renderApp('/users', { ...dana, permissions: ['appointments.view'] }, withUsers([self, sam]));
    expect(textsOf(other, 'h1')).toEqual(['Users']);
    expect(other).toContain('Manage users permission');
    expect(other).not.toContain('Sam Lee');
    expect(textsOf(other, 'button')).not.toContain('Add User');
  });
});

describe('the Add User and Edit dialogs', () => {
  const PERMISSION_LABELS = [
    'View appointments',
    'Delete appointments',
    'View documents',
    'View invoices',
    'Read chats',
    'Send chats',
    'Receive chat email recaps',
    'Manage users',
  ];
  const noop = () => Promise.resolve();

  it('Add User asks for the name, the email and a checkbox per permission', () => {
    const html = renderPart(
      <AddUserForm defaultValues={{ name: '', email: '', permissions: DEFAULT_PERMISSIONS }} submitLabel="Add User" onSubmit={noop} onCancel={() => undefined} />,
    );
    expect(labelsOf(html)).toEqual(['Name', 'Email', ...PERMISSION_LABELS]);
    expect(html).toMatch(/role="group"[^>]*aria-labelledby/);
    expect(html).toMatch(/>Permissions</);
    expect(findTag(html, 'value="appointments.view"')).toMatch(/checked=""/);
    expect(findTag(html, 'value="users.manage"')).not.toMatch(/checked=""/);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Add User[\s\S]*?<\/button>/);
  });

  it("Edit keeps the login and shows the user's permissions checked", () => {
    const html = renderPart(
      <EditUserForm email={sam.email} defaultValues={{ name: sam.name, permissions: ['chats.send'] }} submitLabel="Save Changes" onSubmit={noop} onCancel={() => undefined} />,
    );
    expect(labelsOf(html)).toEqual(['Name', ...PERMISSION_LABELS]);
    expect(html).toContain('sam@rescue.test');
    expect(findTag(html, 'value="chats.send"')).toMatch(/checked=""/);
    expect(findTag(html, 'value="appointments.view"')).not.toMatch(/checked=""/);
  });
});
