import { notifications } from '@mantine/notifications';
import { PageTitle } from '@tailwise/web-ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCreateClient } from './client-queries';
import { VolumeClientForm } from './forms/volume-client-form';
import { volumeClientDefaults } from './forms/volume-client-values';

/** Create Volume Client: a rescue, shelter or TNR group; Save Changes opens its profile. */
export function CreateVolumeClientPage() {
  const navigate = useNavigate();
  const create = useCreateClient();
  const [defaultValues] = useState(() => volumeClientDefaults());

  return (
    <>
      <PageTitle
        title="Create Volume Client"
        description="A rescue, shelter or TNR group. Fill in the primary contact, at least one phone number, the email invoices go to, and the addresses."
      />
      <VolumeClientForm
        defaultValues={defaultValues}
        submitLabel="Save Changes"
        onSubmit={async (body) => {
          const client = await create.mutateAsync(body);
          notifications.show({ color: 'teal', message: `${client.displayName} was created` });
          await navigate(`/clients/${client.id}`);
        }}
      />
    </>
  );
}
