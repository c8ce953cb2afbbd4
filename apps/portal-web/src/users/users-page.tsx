import { Alert, Badge, Button, Group, Loader, Modal, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { PORTAL_PERMISSIONS, type PortalUser } from '@tailwise/contracts';
import { ConfirmDialog, EmptyState, ErrorState, MOBILE_MEDIA_QUERY, PageTitle } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSignedInUser } from '../auth/session';
import { DEFAULT_PERMISSIONS, permissionsText } from './permission-labels';
import { AddUserForm, EditUserForm } from './user-form';
import { useAddUser, useRemoveUser, useUpdateUser, usersQuery } from './user-queries';

type Dialog = { kind: 'add' } | { kind: 'edit'; user: PortalUser } | { kind: 'remove'; user: PortalUser } | null;

/** The account's users and what each may do; for those who manage users (the navigation offers it to no one else). */
export function UsersPage() {
  const me = useSignedInUser();
  const canManage = me.permissions.includes(PORTAL_PERMISSIONS.manageUsers);
  return (
    <>
      <PageTitle title="Users" description={`Everyone who signs in to ${me.account.name}, and what each may do.`} />
      {canManage ? (
        <AccountUsers />
      ) : (
        <Alert color="gray" variant="light" title="Only for those who manage users">
          Ask a user of {me.account.name} with the Manage users permission to add or change users.
        </Alert>
      )}
    </>
  );
}

function AccountUsers() {
  const me = useSignedInUser();
  const users = useQuery(usersQuery(me.account.id));
  const add = useAddUser();
  const update = useUpdateUser();
  const remove = useRemoveUser();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const fullScreen = useMediaQuery(MOBILE_MEDIA_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  const close = () => setDialog(null);

  const confirmRemove = (user: PortalUser) => {
    setRemoveError(null);
    remove.mutate(user.id, {
      onSuccess: () => {
        close();
        notifications.show({ color: 'teal', message: `${user.name} was removed` });
      },
      onError: (error) => {
        close();
        setRemoveError(error.message);
      },
    });
  };

  let list;
  if (users.isPending) {
    list = (
      <Group justify="center" py="xl" role="status">
        <Loader aria-hidden="true" />
        <Text c="dimmed">Loading users…</Text>
      </Group>
    );
  } else if (users.isError) {
    list = <ErrorState title="Users could not be loaded" message={users.error.message} onRetry={() => void users.refetch()} />;
  } else if (users.data.length === 0) {
    list = <EmptyState title="No users yet" description="Add the people of your organization who should see your clinics." />;
  } else {
    list = <UserTable users={users.data} myId={me.user.id} onEdit={(user) => setDialog({ kind: 'edit', user })} onRemove={(user) => setDialog({ kind: 'remove', user })} />;
  }

  return (
    <>
      <Group justify="flex-end" mb="md">
        <Button onClick={() => setDialog({ kind: 'add' })}>Add User</Button>
      </Group>
      {removeError ? (
        <Alert color="red" variant="light" role="alert" mb="md" withCloseButton closeButtonLabel="Dismiss" onClose={() => setRemoveError(null)}>
          {removeError}
        </Alert>
      ) : null}
      {list}

      <Modal
        opened={dialog?.kind === 'add' || dialog?.kind === 'edit'}
        onClose={close}
        title={dialog?.kind === 'edit' ? `Edit ${dialog.user.name}` : 'Add User'}
        size="lg"
        fullScreen={fullScreen}
        closeButtonProps={{ 'aria-label': 'Close dialog' }}
        closeOnClickOutside={false}
      >
        {dialog?.kind === 'add' ? (
          <AddUserForm
            defaultValues={{ name: '', email: '', permissions: DEFAULT_PERMISSIONS }}
            submitLabel="Add User"
            onCancel={close}
            onSubmit={async (body) => {
              const user = await add.mutateAsync(body);
              close();
              notifications.show({ color: 'teal', message: `${user.name} was added. We emailed ${user.email} a link to set a password.` });
            }}
          />
        ) : dialog?.kind === 'edit' ? (
          <EditUserForm
            email={dialog.user.email}
            defaultValues={{ name: dialog.user.name, permissions: dialog.user.permissions }}
            submitLabel="Save Changes"
            onCancel={close}
            onSubmit={async (body) => {
              const user = await update.mutateAsync({ id: dialog.user.id, body });
              close();
              notifications.show({ color: 'teal', message: `${user.name} was saved` });
            }}
          />
        ) : null}
      </Modal>

      <ConfirmDialog
        opened={dialog?.kind === 'remove'}
        title={dialog?.kind === 'remove' ? `Remove ${dialog.user.name}?` : 'Remove user?'}
        message={
          dialog?.kind === 'remove'
            ? `${dialog.user.name} (${dialog.user.email}) will be signed out and can no longer sign in to ${me.account.name}. This can't be undone; you can add them again later.`
            : ''
        }
        confirmLabel="Remove"
        danger
        loading={remove.isPending}
        onConfirm={() => dialog?.kind === 'remove' && confirmRemove(dialog.user)}
        onCancel={close}
      />
    </>
  );
}

interface UserTableProps {
  users: readonly PortalUser[];
  myId: string;
  onEdit: (user: PortalUser) => void;
  onRemove: (user: PortalUser) => void;
}

function UserTable({ users, myId, onEdit, onRemove }: UserTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm">
        <VisuallyHidden component="caption">Users of your account</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Last login</Table.Th>
            <Table.Th scope="col">Permissions</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={500}>
                {user.name}
                {user.id === myId ? (
                  <Text span c="dimmed" size="sm">
                    {' '}
                    (you)
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>
                <Badge color={user.status === 'invited' ? 'yellow' : 'teal'} variant="light" size="sm">
                  {user.status === 'invited' ? 'Invited' : 'Active'}
                </Badge>
              </Table.Td>
              <Table.Td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'}</Table.Td>
              <Table.Td>{permissionsText(user.permissions)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button variant="subtle" size="compact-sm" onClick={() => onEdit(user)} aria-label={`Edit ${user.name}`}>
                    Edit
                  </Button>
                  {/* Nobody removes themselves: the account would lose the user doing the removing. */}
                  {user.id === myId ? null : (
                    <Button variant="subtle" color="red" size="compact-sm" onClick={() => onRemove(user)} aria-label={`Remove ${user.name}`}>
                      Remove
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** "May 31, 2030, 3:05 PM" in the viewer's time zone. */
function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
