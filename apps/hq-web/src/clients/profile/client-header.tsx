import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { Client } from '@tailwise/contracts';
import { useId } from 'react';
import { useNavigate } from 'react-router';
import { useClientActions } from '../client-actions';
import { kindLabel } from '../client-labels';
import { useCanManageClients } from '../clients-access';

/** The alert staff must see first: an individual's Client Alert. */
export function clientAlertOf(client: Client): string | null {
  return client.kind === 'individual' ? (client.details.alert ?? null) : null;
}

/**
 * The top of a client's profile: name, kind, a Disabled badge, the Client Alert, and Disable /
 * Enable and Delete. A delete the server refuses (the client has records) is explained here,
 * with Disable offered instead.
 */
export function ClientHeader({ client }: { client: Client }) {
  const navigate = useNavigate();
  const canManage = useCanManageClients();
  const actions = useClientActions(
    { id: client.id, name: client.displayName, status: client.status },
    { onDeleted: () => void navigate('/clients/all', { replace: true }) },
  );
  const disabled = client.status === 'disabled';
  const alert = clientAlertOf(client);
  const titleId = useId();

  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm" mb="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="sm" wrap="wrap">
            <Title order={1} id={titleId} style={{ overflowWrap: 'anywhere' }}>
              {client.displayName}
            </Title>
            {disabled ? (
              <Badge color="gray" variant="filled" size="lg">
                Disabled
              </Badge>
            ) : null}
          </Group>
          <Text c="dimmed" size="sm">
            {kindLabel(client.kind)}
            {client.kind === 'volume' ? ` · Contact: ${client.details.contactFirstName} ${client.details.contactLastName}` : ''}
          </Text>
        </Stack>
        {canManage ? actions.buttons : null}
      </Group>

      {alert ? (
        <Alert color="red" variant="light" title="Client Alert" role="note" styles={{ message: { whiteSpace: 'pre-wrap' } }}>
          {alert}
        </Alert>
      ) : null}

      {disabled ? (
        <Text size="sm" c="dimmed">
          Disabled clients can't be booked for new appointments.
        </Text>
      ) : null}

      {canManage ? actions.notices : null}
    </Stack>
  );
}
