import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  type Client,
  type PortalAccess,
  type PortalAccessEventKind,
  type PortalAccessHistoryEntry,
  type PortalAccessStatus,
  STAFF_PERMISSIONS,
} from '@tailwise/contracts';
import { isApiError } from '@tailwise/web-api';
import { ConfirmDialog, EmptyState, ErrorState } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSignedInUser } from '../../auth/session';
import { formatDateTime } from '../client-labels';
import { DetailList } from './detail-list';
import { portalAccessQuery, useCloseAccess, useDeleteAccess } from './portal-access-queries';
import { VcpInviteDialog } from './vcp-invite-dialog';

const STATUS_BADGES: Record<PortalAccessStatus, { label: string; color: string }> = {
  none: { label: 'None', color: 'gray' },
  invited: { label: 'Invited', color: 'blue' },
  active: { label: 'Active', color: 'teal' },
  closed: { label: 'Closed', color: 'orange' },
};

const EVENT_LABELS: Record<PortalAccessEventKind, string> = {
  'invitation-sent': 'Invitation sent',
  'claim-sent': 'Login setup email sent',
  'invitation-accepted': 'Invitation accepted',
  'account-linked': 'Linked with account',
  'access-closed': 'Access closed',
  'access-deleted': 'Access deleted permanently',
};

const INVITATION_STATUS_LABELS: Record<NonNullable<PortalAccessHistoryEntry['invitationStatus']>, string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  expired: 'Expired',
  superseded: 'Replaced by a newer invite',
};

/** Send until the first invitation; after any, Generate New Invite (each one replaces the last). */
export function inviteButtonLabel(access: Pick<PortalAccess, 'invited'>): 'Send' | 'Generate New Invite' {
  return access.invited ? 'Generate New Invite' : 'Send';
}

/** The portal's name for this kind of client, as the clinics say it. */
export function portalName(client: Pick<Client, 'kind'>): string {
  return client.kind === 'volume' ? 'Volume Client Portal' : 'Client Portal';
}

/** The email an invitation goes to unless another is typed: the client's own. */
function clientEmail(client: Client): string {
  return client.kind === 'volume' ? (client.details.invoiceEmail ?? '') : (client.details.email ?? '');
}

/**
 * The VCP tab: portal status, the linked account and its last portal login, Send / Generate New
 * Invite, Close Access, Delete access permanently (admins), and the History of it all. Staff
 * whose role does not manage portal access see it without the buttons.
 */
export function VcpTab({ client }: { client: Client }) {
  const access = useQuery(portalAccessQuery(client.id));
  const title = portalName(client);

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {title}
      </Title>
      {access.isPending ? (
        <Group justify="center" py="xl" role="status">
          <Loader aria-hidden="true" />
          <Text c="dimmed">Loading portal access…</Text>
        </Group>
      ) : access.isError ? (
        isApiError(access.error) && access.error.status === 403 ? (
          <EmptyState
            title="No access to portal settings"
            description="You need the Manage portal access permission to see this client's portal access. Ask an admin of your organization to add it to your role."
          />
        ) : (
          <ErrorState message={access.error.message} onRetry={() => void access.refetch()} />
        )
      ) : (
        <PortalAccessView client={client} access={access.data} portal={title} />
      )}
    </Stack>
  );
}

function PortalAccessView({ client, access, portal }: { client: Client; access: PortalAccess; portal: string }) {
  const me = useSignedInUser();
  const canManage = me.permissions.includes(STAFF_PERMISSIONS.managePortalAccess);
  // The server checks too: only an Admin may delete portal access permanently.
  const isAdmin = me.role === 'Admin';
  const closeAccess = useCloseAccess(client.id);
  const deleteAccess = useDeleteAccess(client.id);
  const [inviting, setInviting] = useState(false);
  const [confirming, setConfirming] = useState<'close' | 'delete' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const badge = STATUS_BADGES[access.status];
  const accountName = access.account?.name ?? 'the portal account';

  const run = (mutation: typeof closeAccess | typeof deleteAccess, done: string) => {
    setFailure(null);
    mutation.mutate(undefined, {
      onSuccess: () => notifications.show({ color: 'teal', message: done }),
      // A 403 says only an admin may delete; a 409 that there is nothing to close.
      onError: (error) => setFailure(error.message),
      onSettled: () => setConfirming(null),
    });
  };

  return (
    <Stack gap="lg">
      {failure ? (
        <Alert color="red" variant="light" role="alert" withCloseButton onClose={() => setFailure(null)} closeButtonLabel="Dismiss">
          {failure}
        </Alert>
      ) : null}
      <DetailList
        details={[
          {
            label: 'Portal status',
            value: (
              <Badge color={badge.color} variant="light">
                {badge.label}
              </Badge>
            ),
          },
          { label: 'Linked account', value: access.account?.name },
          {
            label: 'Last portal login',
            value: access.lastPortalLoginAt ? <time dateTime={access.lastPortalLoginAt}>{formatDateTime(access.lastPortalLoginAt)}</time> : 'Never',
          },
        ]}
      />
      {canManage ? (
        <Group gap="sm">
          <Button onClick={() => setInviting(true)}>{inviteButtonLabel(access)}</Button>
          {access.status === 'active' ? (
            <Button variant="default" onClick={() => setConfirming('close')}>
              Close Access
            </Button>
          ) : null}
          {isAdmin && access.account ? (
            <Button color="red" variant="outline" onClick={() => setConfirming('delete')}>
              Delete access permanently
            </Button>
          ) : null}
        </Group>
      ) : null}

      <PortalHistory history={access.history} />

      <VcpInviteDialog
        opened={inviting}
        clientId={client.id}
        clientName={client.displayName}
        title={`Invite to ${portal}`}
        suggestedEmail={clientEmail(client)}
        onClose={() => setInviting(false)}
        onSent={(email) => notifications.show({ color: 'teal', message: `Invitation sent to ${email}. The link works once, for 72 hours.` })}
        onLinked={(name) => notifications.show({ color: 'teal', message: `${client.displayName} is linked with ${name}` })}
      />
      <ConfirmDialog
        opened={confirming === 'close'}
        title="Close Access?"
        message={`${accountName} loses access to ${client.displayName} at this clinic at once: their next request is refused. To give access again, use Generate New Invite.`}
        confirmLabel="Close Access"
        danger
        loading={closeAccess.isPending}
        onConfirm={() => run(closeAccess, `Portal access for ${client.displayName} is closed`)}
        onCancel={() => setConfirming(null)}
      />
      <ConfirmDialog
        opened={confirming === 'delete'}
        title="Delete portal access permanently?"
        message={`This removes the link between ${client.displayName} and ${accountName} for good, and cancels any pending invitation. It can't be undone; to give access again, send a new invitation.`}
        confirmLabel="Delete access permanently"
        danger
        loading={deleteAccess.isPending}
        onConfirm={() => run(deleteAccess, `Portal access for ${client.displayName} was deleted`)}
        onCancel={() => setConfirming(null)}
      />
    </Stack>
  );
}

/** History: every invitation sent (when, to which email, by whom, and what became of it) and every change of access. */
function PortalHistory({ history }: { history: readonly PortalAccessHistoryEntry[] }) {
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        History
      </Title>
      {history.length === 0 ? (
        <EmptyState title="No history yet" description="Invitations sent and changes to portal access are listed here." />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm">
            <VisuallyHidden component="caption">Portal access history</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">What</Table.Th>
                <Table.Th scope="col">Email</Table.Th>
                <Table.Th scope="col">By</Table.Th>
                <Table.Th scope="col">Invitation status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </Table.Td>
                  <Table.Td>{EVENT_LABELS[entry.kind]}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{entry.email ?? '—'}</Table.Td>
                  <Table.Td>{entry.by ?? '—'}</Table.Td>
                  <Table.Td>{entry.invitationStatus ? INVITATION_STATUS_LABELS[entry.invitationStatus] : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
