import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Role } from '@tailwise/contracts';
import { ConfirmDialog, EmptyState, ErrorState, PageTitle } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { permissionsText } from './permission-labels';
import { RoleDialog, type RoleEditing } from './role-form';
import { RequireManageUsers } from './settings-access';
import { rolesQuery, useDeleteRole } from './staff-queries';

/** Settings → User Roles: the built-in Admin and the organization's own roles, with what each allows. */
export function UserRolesPage() {
  return (
    <RequireManageUsers title="User Roles">
      <RolesList />
    </RequireManageUsers>
  );
}

function RolesList() {
  const roles = useQuery(rolesQuery());
  const remove = useDeleteRole();
  const [editing, setEditing] = useState<RoleEditing>(null);
  const [deleting, setDeleting] = useState<Role | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const deleteRole = (role: Role) => {
    setFailure(null);
    remove.mutate(role.id, {
      onSuccess: () => notifications.show({ color: 'teal', message: `${role.name} was deleted` }),
      // A role someone holds is refused (409); the server's message says so.
      onError: (error) => setFailure(error.message),
      onSettled: () => setDeleting(null),
    });
  };

  return (
    <>
      <PageTitle
        title="User Roles"
        description="A role is a set of permissions; each user has one. Admin is built in and holds every permission."
        actions={<Button onClick={() => setEditing({ mode: 'create' })}>Create Role</Button>}
      />
      <Stack gap="md">
        {failure ? (
          <Alert color="red" variant="light" role="alert" withCloseButton onClose={() => setFailure(null)} closeButtonLabel="Dismiss">
            {failure}
          </Alert>
        ) : null}
        {roles.isPending ? (
          <Group justify="center" py="xl" role="status">
            <Loader aria-hidden="true" />
            <Text c="dimmed">Loading roles…</Text>
          </Group>
        ) : roles.isError ? (
          <ErrorState message={roles.error.message} onRetry={() => void roles.refetch()} />
        ) : roles.data.length === 0 ? (
          <EmptyState title="No roles yet" description="Create a role for each kind of work at your clinics." />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="sm">
              <VisuallyHidden component="caption">User roles</VisuallyHidden>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Role</Table.Th>
                  <Table.Th scope="col">Permissions</Table.Th>
                  <Table.Th scope="col">Users</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {roles.data.map((role) => (
                  <Table.Tr key={role.id}>
                    <Table.Th scope="row" fw={500}>
                      <Group gap={6} wrap="wrap">
                        <span>{role.name}</span>
                        {role.isAdmin ? (
                          <Badge variant="outline" size="sm" color="gray">
                            Built-in
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Th>
                    <Table.Td>{role.isAdmin ? 'Every permission' : permissionsText(role.permissions)}</Table.Td>
                    <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{role.userCount}</Table.Td>
                    <Table.Td>
                      {role.isAdmin ? (
                        <Text size="sm" c="dimmed">
                          Built-in, not editable
                        </Text>
                      ) : (
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          <Button variant="subtle" size="compact-sm" onClick={() => setEditing({ mode: 'edit', role })} aria-label={`Edit ${role.name}`}>
                            Edit
                          </Button>
                          <Button color="red" variant="subtle" size="compact-sm" onClick={() => setDeleting(role)} aria-label={`Delete ${role.name}`}>
                            Delete
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <RoleDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(role) => {
          notifications.show({ color: 'teal', message: editing?.mode === 'edit' ? `${role.name} was saved` : `${role.name} was created` });
          setEditing(null);
        }}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete ${deleting?.name ?? 'role'}?`}
        message={deleting ? deleteRoleMessage(deleting) : ''}
        confirmLabel="Delete"
        danger
        loading={remove.isPending}
        onConfirm={() => deleting && deleteRole(deleting)}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}

export function deleteRoleMessage(role: Pick<Role, 'name' | 'userCount'>): string {
  const held =
    role.userCount > 0
      ? ` ${role.userCount === 1 ? '1 user holds' : `${role.userCount} users hold`} it: give them another role first, or the delete is refused.`
      : '';
  return `This permanently deletes the ${role.name} role and can't be undone.${held}`;
}
