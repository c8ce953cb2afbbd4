import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type DeleteRefusal, deleteRefusalMessage, deleteRefusalOf } from '@tailwise/web-api';
import { ConfirmDialog } from '@tailwise/web-ui';
import { type ReactNode, useState } from 'react';
import { useDeleteClient, useSetClientEnabled } from './client-queries';

export interface ActionableClient {
  id: string;
  name: string;
  status: string;
}

export interface ClientActions {
  /** Disable or Enable, and Delete. */
  buttons: ReactNode;
  /** Why a delete was refused (with Disable offered), or what failed; and the delete confirmation. */
  notices: ReactNode;
}

/**
 * Disable / Enable and Delete for one client, as the profile and the search results offer them.
 * Delete asks first (it can't be undone); when the server refuses because the client has
 * records, the notice says which and offers Disable right there.
 */
export function useClientActions(
  client: ActionableClient,
  {
    onDeleted,
    size = 'md',
    nameButtons = false,
  }: {
    onDeleted?: () => void;
    size?: 'sm' | 'md';
    /** "Disable Alley Cat Rescue" for screen readers, where a list holds many clients' buttons. */
    nameButtons?: boolean;
  } = {},
): ClientActions {
  const setEnabled = useSetClientEnabled();
  const remove = useDeleteClient();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [refusal, setRefusal] = useState<DeleteRefusal | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const disabled = client.status === 'disabled';
  const named = (action: string) => (nameButtons ? { 'aria-label': `${action} ${client.name}` } : {});

  const changeStatus = (enabled: boolean) => {
    setFailure(null);
    setEnabled.mutate(
      { id: client.id, enabled },
      {
        onSuccess: (saved) => {
          setRefusal(null);
          notifications.show({ color: 'teal', message: `${saved.displayName} is ${enabled ? 'enabled' : 'disabled'}` });
        },
        onError: (error) => setFailure(error.message),
      },
    );
  };

  const deleteClient = () => {
    setFailure(null);
    remove.mutate(client.id, {
      onSuccess: () => {
        setConfirmingDelete(false);
        notifications.show({ color: 'teal', message: `${client.name} was deleted` });
        onDeleted?.();
      },
      onError: (error) => {
        setConfirmingDelete(false);
        const refused = deleteRefusalOf(error);
        if (refused) setRefusal(refused);
        else setFailure(error.message);
      },
    });
  };

  const buttons = (
    <Group gap="sm">
      {disabled ? (
        <Button variant="light" size={size} onClick={() => changeStatus(true)} loading={setEnabled.isPending} {...named('Enable')}>
          Enable
        </Button>
      ) : (
        <Button variant="default" size={size} onClick={() => changeStatus(false)} loading={setEnabled.isPending} {...named('Disable')}>
          Disable
        </Button>
      )}
      <Button color="red" variant="outline" size={size} onClick={() => setConfirmingDelete(true)} {...named('Delete')}>
        Delete
      </Button>
    </Group>
  );

  const notices = (
    <>
      {refusal ? (
        <Alert color="orange" variant="light" title="This client can't be deleted" role="alert" withCloseButton onClose={() => setRefusal(null)} closeButtonLabel="Dismiss">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{deleteRefusalMessage(client.name, refusal, disabled)}</Text>
            {disabled ? null : (
              <Button size="sm" onClick={() => changeStatus(false)} loading={setEnabled.isPending}>
                Disable
              </Button>
            )}
          </Stack>
        </Alert>
      ) : null}
      {failure ? (
        <Alert color="red" variant="light" role="alert" withCloseButton onClose={() => setFailure(null)} closeButtonLabel="Dismiss">
          {failure}
        </Alert>
      ) : null}
      <ConfirmDialog
        opened={confirmingDelete}
        title={`Delete ${client.name}?`}
        message={`This permanently deletes ${client.name} and can't be undone. A client with animals or other records can't be deleted; disable it instead.`}
        confirmLabel="Delete"
        danger
        loading={remove.isPending}
        onConfirm={deleteClient}
        onCancel={() => setConfirmingDelete(false)}
      />
    </>
  );

  return { buttons, notices };
}
