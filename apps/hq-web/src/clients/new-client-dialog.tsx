import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Client } from '@tailwise/contracts';
import { MOBILE_MEDIA_QUERY } from '@tailwise/web-ui';
import { useState } from 'react';
import { useSignedInUser } from '../auth/session';
import { useCreateClient } from './client-queries';
import { IndividualClientForm } from './forms/individual-client-form';
import { individualClientDefaults } from './forms/individual-client-values';

export interface NewClientFormProps {
  /** Called with the client once it is saved. */
  onCreated: (client: Client) => void;
  onCancel?: () => void;
  /** Whose client it is: My Clients passes the signed-in staff member. */
  assignedStaffUserId?: string | null;
}

/** The Create Client form with its defaults: the user's first clinic treats the client, in that clinic's time zone. */
export function NewClientForm({ onCreated, onCancel, assignedStaffUserId = null }: NewClientFormProps) {
  const me = useSignedInUser();
  const create = useCreateClient();
  const [defaultValues] = useState(() => {
    const clinic = me.clinics.length === 1 ? me.clinics[0] : undefined;
    return individualClientDefaults({ assignedStaffUserId, timeZone: clinic?.timeZone ?? '', treatingClinicId: clinic?.id ?? '' });
  });

  return (
    <IndividualClientForm
      defaultValues={defaultValues}
      clinics={me.clinics}
      submitLabel="Create Client"
      onCancel={onCancel}
      onSubmit={async (body) => onCreated(await create.mutateAsync(body))}
    />
  );
}

export interface NewClientDialogProps extends Omit<NewClientFormProps, 'onCancel'> {
  opened: boolean;
  /** Closing without creating (Cancel, Escape, the close button). */
  onClose: () => void;
}

/**
 * The New Client window: opened from My Clients, All Clients, and (later) a new appointment,
 * which receives the created client through `onCreated`. Full screen on a phone.
 */
export function NewClientDialog({ opened, onClose, onCreated, assignedStaffUserId }: NewClientDialogProps) {
  const fullScreen = useMediaQuery(MOBILE_MEDIA_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="New Client"
      size="xl"
      fullScreen={fullScreen}
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
      closeOnClickOutside={false}
    >
      <NewClientForm onCreated={onCreated} onCancel={onClose} assignedStaffUserId={assignedStaffUserId} />
    </Modal>
  );
}
