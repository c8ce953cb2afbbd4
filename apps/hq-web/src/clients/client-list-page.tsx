import { Anchor, Badge, Button, Group, Loader, NativeSelect, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Client, ClientSummary } from '@tailwise/contracts';
import type { ClientListParams } from '@tailwise/web-api';
import { EmptyState, ErrorState, ListPagination, PageTitle } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSignedInUser } from '../auth/session';
import { useCanManageClients } from './clients-access';
import { kindLabel } from './client-labels';
import { clientListQuery, CLIENTS_PAGE_SIZE } from './client-queries';
import { NewClientDialog } from './new-client-dialog';

export interface ClientListPageProps {
  /** `me`: My Clients, the clients assigned to the signed-in user; `anyone`: All Clients. */
  assigned: 'me' | 'anyone';
}

const KIND_FILTER = [
  { value: '', label: 'All kinds' },
  { value: 'individual', label: 'Clients' },
  { value: 'volume', label: 'Volume Clients' },
];
const STATUS_FILTER = [
  { value: '', label: 'Active and disabled' },
  { value: 'active', label: 'Active' },
  { value: 'disabled', label: 'Disabled' },
];

/** Reads the list's filters and page from the address, so Back and a shared link keep them. */
export function listParamsFrom(search: URLSearchParams, assigned: 'me' | 'anyone'): ClientListParams {
  const kind = search.get('kind');
  const status = search.get('status');
  const page = Number(search.get('page'));
  return {
    assigned,
    kind: kind === 'volume' || kind === 'individual' ? kind : undefined,
    status: status === 'active' || status === 'disabled' ? status : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
    pageSize: CLIENTS_PAGE_SIZE,
  };
}

/** My Clients and All Clients: a page of clients at a time, filtered by kind and status, with New Client. */
export function ClientListPage({ assigned }: ClientListPageProps) {
  const me = useSignedInUser();
  const canManage = useCanManageClients();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const params = listParamsFrom(search, assigned);
  const list = useQuery(clientListQuery(params));
  const title = assigned === 'me' ? 'My Clients' : 'All Clients';
  const filtered = !!params.kind || !!params.status;

  const setParam = (name: string, value: string | number | undefined) => {
    setSearch((current) => {
      const next = new URLSearchParams(current);
      if (value === undefined || value === '' || value === 1) next.delete(name);
      else next.set(name, String(value));
      if (name !== 'page') next.delete('page');
      return next;
    });
  };

  const onCreated = (client: Client) => {
    setCreating(false);
    notifications.show({ color: 'teal', message: `${client.displayName} was created` });
    void navigate(`/clients/${client.id}`);
  };

  const newClient = canManage ? <Button onClick={() => setCreating(true)}>New Client</Button> : null;

  return (
    <>
      <PageTitle
        title={title}
        description={assigned === 'me' ? 'Clients assigned to you. A client you create here is assigned to you.' : 'Every client of your organization.'}
        actions={newClient}
      />
      <Group gap="sm" mb="md" align="flex-end">
        <NativeSelect label="Kind" data={KIND_FILTER} value={params.kind ?? ''} onChange={(e) => setParam('kind', e.currentTarget.value)} size="sm" />
        <NativeSelect label="Status" data={STATUS_FILTER} value={params.status ?? ''} onChange={(e) => setParam('status', e.currentTarget.value)} size="sm" />
        {list.isFetching && !list.isPending ? <Loader size="sm" aria-label="Loading" /> : null}
      </Group>

      {list.isPending ? (
        <Group justify="center" py="xl" role="status">
          <Loader aria-hidden="true" />
          <Text c="dimmed">Loading clients…</Text>
        </Group>
      ) : list.isError ? (
        <ErrorState message={list.error.message} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          title={filtered ? 'No clients match these filters' : assigned === 'me' ? 'No clients assigned to you yet' : 'No clients yet'}
          description={
            filtered
              ? 'Change the kind or status to see more.'
              : assigned === 'me'
                ? 'Clients you create from My Clients are assigned to you.'
                : 'Create a client or a volume client to start.'
          }
          actions={
            filtered || !canManage ? null : (
              <Group gap="sm">
                {newClient}
                {assigned === 'anyone' ? (
                  <Button component={Link} to="/clients/volume/new" variant="default">
                    Create Volume Client
                  </Button>
                ) : null}
              </Group>
            )
          }
        />
      ) : (
        <>
          <ClientTable clients={list.data.items} caption={title} />
          <ListPagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            noun="clients"
            onChange={(page) => setParam('page', page)}
          />
        </>
      )}

      <NewClientDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={onCreated}
        assignedStaffUserId={assigned === 'me' ? me.user.id : null}
      />
    </>
  );
}

export function ClientTable({ clients, caption }: { clients: readonly ClientSummary[]; caption: string }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Phone</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Animals</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <Table.Tr key={client.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/clients/${client.id}`}>
                  {client.displayName}
                </Anchor>
              </Table.Th>
              <Table.Td>{kindLabel(client.kind)}</Table.Td>
              <Table.Td>{client.primaryPhone ?? '—'}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>{client.email ?? '—'}</Table.Td>
              <Table.Td>{client.animalCount}</Table.Td>
              <Table.Td>
                {client.status === 'disabled' ? (
                  <Badge color="gray" variant="filled">
                    Disabled
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    Active
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
