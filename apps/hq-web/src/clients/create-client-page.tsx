import { notifications } from '@mantine/notifications';
import type { Client } from '@tailwise/contracts';
import { PageTitle } from '@tailwise/web-ui';
import { useNavigate } from 'react-router';
import { NewClientForm } from './new-client-dialog';

/** Create Client from the Clients menu: the New Client form on a page of its own; Create Client opens the profile. */
export function CreateClientPage() {
  const navigate = useNavigate();
  const onCreated = (client: Client) => {
    notifications.show({ color: 'teal', message: `${client.displayName} was created` });
    void navigate(`/clients/${client.id}`);
  };
  return (
    <>
      <PageTitle title="Create Client" description="A pet owner. The Basic fields are enough; open the Advanced sections for more." />
      <div style={{ maxWidth: 880 }}>
        <NewClientForm onCreated={onCreated} />
      </div>
    </>
  );
}
