import { Button, Group } from '@mantine/core';
import { EmptyState, usePageTitle } from '@tailwise/web-ui';
import { Link } from 'react-router';

/** The Clients section's landing: where to go next. */
export function ClientsHomePage() {
  usePageTitle('Clients');
  return (
    <EmptyState
      title="Clients"
      titleOrder={1}
      description="Find a client or an animal, see your clients, or create a client or a volume client."
      actions={
        <Group gap="sm" justify="center">
          <Button component={Link} to="/clients/search">
            Search Clients and Animals
          </Button>
          <Button component={Link} to="/clients/mine" variant="default">
            My Clients
          </Button>
        </Group>
      }
    />
  );
}
