import { Alert, Badge, Button, Group, Loader, NativeSelect, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Role, StaffUser, StaffUserStatus } from '@tailwise/contracts';
import { ConfirmDialog, EmptyState, ErrorState, PageTitle } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSignedInUser } from '../auth/session';
import { formatDateTime } from '../clients/client-labels';
import { InviteUserDialog } from './invite-user-dialog';
import { RequireManageUsers } from './settings-access';
import { rolesQuery, staffUsersQuery, useChangeUserRole, useResendInvite, useSetUserEnabled } from './staff-queries';

const STATUS_BADGES: Record<StaffUserStatus, { label: string; color: string }> = {
  invited: { label: 'Invited', color: 'blue' },
  active: { label: 'Active', color: 'teal' },
  disabled: { label: 'Disabled', color: 'gray' },
};

export const fullName = (user: Pick<StaffUser, 'firstName' | 'lastName'>) => `${user.firstName} ${user.lastName}`;

/** Settings → Users: the organization's staff, Invite User, and each user's role and access. */
export function UsersPage() {
  return (
    <RequireManageUsers title="Users">
      <UsersList />
    </RequireManageUsers>
  );
}

function UsersList() {
  const users = useQuery(staffUsersQuery());
  const roles = useQuery(rolesQuery());
  const [inviting, setInviting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  return (
    <>
      <PageTitle
        title="Users"
        description="Everyone who signs in to Tailwise HQ for your organization, and what their role lets them do."
        actions={
          <Button onClick={() => setInviting(true)} disabled={!roles.data}>
            Invite User
          </Button>
        }
      />
      <Stack gap="md">
        {failure ? (
          <Alert color="red" variant="light" role="alert" withCloseButton onClose={() => setFailure(null)} closeButtonLabel="Dismiss">
            {failure}
          </Alert>
        ) : null}
        {users.isPending || roles.isPending ? (
          <Group justify="center" py="xl" role="status">
            <Loader aria-hidden="true" />
            <Text c="dimmed">Loading users…</Text>
          </Group>
        ) : users.isError || roles.isError ? (
          <ErrorState
            message={(users.error ?? roles.error)?.message ?? ''}
            onRetry={() => {
              void users.refetch();
              void roles.refetch();
            }}
          />
        ) : users.data.length === 0 ? (
          <EmptyState title="No users yet" description="Invite the people who work at your clinics." />
        ) : (
          <UsersTable users={users.data} roles={roles.data} onFailure={setFailure} />
        )}
      </Stack>
      {roles.data ? (
        <InviteUserDialog
          opened={inviting}
          roles={roles.data}
          onClose={() => setInviting(false)}
          onInvited={(user) => {
            setInviting(false);
            notifications.show({ color: 'teal', message: `${fullName(user)} is invited: we emailed ${user.email} a link to set a password` });
          }}
        />
      ) : null}
    </>
  );
}

interface RowProps {
  roles: readonly Role[];
  onFailure: (message: string | null) => void;
}

function UsersTable({ users, roles, onFailure }: RowProps & { users: readonly StaffUser[] }) {
  const me = useSignedInUser();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped verticalSpacing="sm">
        <VisuallyHidden component="caption">Staff users</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Last sign-in</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <UserRow key={user.id} user={user} roles={roles} isMe={user.id === me.user.id} onFailure={onFailure} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function UserRow({ user, roles, isMe, onFailure }: RowProps & { user: StaffUser; isMe: boolean }) {
  const name = fullName(user);
  const badge = STATUS_BADGES[user.status];
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        <Group gap={6} wrap="wrap">
          <span>{name}</span>
          {isMe ? (
            <Badge variant="outline" size="sm" color="gray">
              You
            </Badge>
          ) : null}
        </Group>
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{user.email}</Table.Td>
      <Table.Td>
        {/* Starts again from the saved role whenever it changes. */}
        <RoleChanger key={user.role.id} user={user} name={name} roles={roles} onFailure={onFailure} />
      </Table.Td>
      <Table.Td>
        <Badge color={badge.color} variant="light">
          {badge.label}
        </Badge>
      </Table.Td>
      <Table.Td>{user.lastSignInAt ? <time dateTime={user.lastSignInAt}>{formatDateTime(user.lastSignInAt)}</time> : 'Never'}</Table.Td>
      <Table.Td>
        <UserActions user={user} name={name} isMe={isMe} onFailure={onFailure} />
      </Table.Td>
    </Table.Tr>
  );
}

/** The role select of one row and its Save button, enabled once another role is picked. */
function RoleChanger({ user, name, roles, onFailure }: RowProps & { user: StaffUser; name: string }) {
  const changeRole = useChangeUserRole();
  const [roleId, setRoleId] = useState(user.role.id);
  const options = roles.map((role) => ({ value: role.id, label: role.name }));
  if (!roles.some((role) => role.id === user.role.id)) options.push({ value: user.role.id, label: user.role.name });

  const save = () => {
    onFailure(null);
    changeRole.mutate(
      { userId: user.id, roleId },
      {
        onSuccess: (saved) => notifications.show({ color: 'teal', message: `${name} is now ${saved.role.name}` }),
        onError: (error) => {
          setRoleId(user.role.id);
          onFailure(error.message);
        },
      },
    );
  };

  return (
    <Group gap="xs" wrap="nowrap">
      <NativeSelect
        size="sm"
        aria-label={`Role of ${name}`}
        data={options}
        value={roleId}
        onChange={(event) => setRoleId(event.currentTarget.value)}
        style={{ minWidth: 150 }}
      />
      <Button
        size="compact-sm"
        variant="light"
        onClick={save}
        disabled={roleId === user.role.id}
        loading={changeRole.isPending}
        aria-label={`Save role of ${name}`}
      >
        Save
      </Button>
    </Group>
  );
}

/** Resend Invitation (invited users), and Disable (after a confirmation) or Enable; nobody disables themselves. */
function UserActions({ user, name, isMe, onFailure }: Omit<RowProps, 'roles'> & { user: StaffUser; name: string; isMe: boolean }) {
  const setEnabled = useSetUserEnabled();
  const resend = useResendInvite();
  const [confirmingDisable, setConfirmingDisable] = useState(false);

  const changeStatus = (enabled: boolean) => {
    onFailure(null);
    setEnabled.mutate(
      { userId: user.id, enabled },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: `${name} is ${enabled ? 'enabled' : 'disabled'}` }),
        onError: (error) => onFailure(error.message),
        onSettled: () => setConfirmingDisable(false),
      },
    );
  };

  const resendInvite = () => {
    onFailure(null);
    resend.mutate(user, {
      onSuccess: () => notifications.show({ color: 'teal', message: `We emailed ${user.email} a new invitation; the previous link no longer works` }),
      onError: (error) => onFailure(error.message),
    });
  };

  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      {user.status === 'invited' ? (
        <Button variant="subtle" size="compact-sm" onClick={resendInvite} loading={resend.isPending} aria-label={`Resend invitation to ${name}`}>
          Resend Invitation
        </Button>
      ) : null}
      {user.status === 'disabled' ? (
        <Button variant="light" size="compact-sm" onClick={() => changeStatus(true)} loading={setEnabled.isPending} aria-label={`Enable ${name}`}>
          Enable
        </Button>
      ) : isMe ? null : (
        <Button variant="default" size="compact-sm" onClick={() => setConfirmingDisable(true)} aria-label={`Disable ${name}`}>
          Disable
        </Button>
      )}
      <ConfirmDialog
        opened={confirmingDisable}
        title={`Disable ${name}?`}
        message={disableMessage(name)}
        confirmLabel="Disable"
        danger
        loading={setEnabled.isPending}
        onConfirm={() => changeStatus(false)}
        onCancel={() => setConfirmingDisable(false)}
      />
    </Group>
  );
}

export function disableMessage(name: string): string {
  return `${name} will no longer be able to sign in, and their sessions end at once: wherever they are signed in, they are signed out right away. You can enable them again later.`;
}
