import { Anchor, Group, Loader, Tabs, Text } from '@mantine/core';
import { isApiError } from '@tailwise/web-api';
import { EmptyState, ErrorState, NotFoundPage, usePageTitle } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { clientQuery } from '../client-queries';
import { AnimalsTab } from './animals-tab';
import { AppointmentsTab } from './appointments-tab';
import { ClientHeader } from './client-header';
import { DetailsTab } from './details-tab';
import { HistoryTab } from './history-tab';
import { VcpTab } from './vcp-tab';

/** The profile's tabs, in the order staff know; each has its own address (`/clients/:id/animals`). */
export const PROFILE_TABS = [
  { value: 'details', label: 'Details' },
  { value: 'animals', label: 'Animals' },
  { value: 'appointments', label: 'Appointments' },
  { value: 'records', label: 'Records' },
  { value: 'vcp', label: 'VCP' },
  { value: 'history', label: 'History' },
] as const;
export type ProfileTab = (typeof PROFILE_TABS)[number]['value'];

export function profilePath(clientId: string, tab: ProfileTab = 'details'): string {
  return tab === 'details' ? `/clients/${clientId}` : `/clients/${clientId}/${tab}`;
}

function isProfileTab(value: string): value is ProfileTab {
  return PROFILE_TABS.some((tab) => tab.value === value);
}

/** A client's profile: the header, then Details, Animals, Appointments, Records, VCP and History. */
export function ClientProfilePage() {
  const { clientId = '', tab = 'details' } = useParams();
  const navigate = useNavigate();
  const client = useQuery(clientQuery(clientId));
  usePageTitle(client.data?.displayName ?? 'Client');

  if (!isProfileTab(tab)) return <NotFoundPage />;
  if (client.isPending) {
    return (
      <Group justify="center" py="xl" role="status">
        <Loader aria-hidden="true" />
        <Text c="dimmed">Loading client…</Text>
      </Group>
    );
  }
  if (client.isError) {
    if (isApiError(client.error) && (client.error.status === 404 || client.error.status === 400)) {
      return (
        <EmptyState
          title="Client not found"
          titleOrder={1}
          description="It may have been deleted, or the address is wrong."
          actions={
            <Anchor component={Link} to="/clients/search">
              Search Clients and Animals
            </Anchor>
          }
        />
      );
    }
    return <ErrorState message={client.error.message} onRetry={() => void client.refetch()} />;
  }

  const data = client.data;
  return (
    <>
      <ClientHeader client={data} />
      <Tabs value={tab} onChange={(next) => next && isProfileTab(next) && void navigate(profilePath(data.id, next))} keepMounted={false}>
        <Tabs.List mb="md" style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {PROFILE_TABS.map((item) => (
            <Tabs.Tab key={item.value} value={item.value}>
              {item.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="details">
          <DetailsTab client={data} />
        </Tabs.Panel>
        <Tabs.Panel value="animals">
          <AnimalsTab client={data} />
        </Tabs.Panel>
        <Tabs.Panel value="appointments">
          <AppointmentsTab client={data} />
        </Tabs.Panel>
        <Tabs.Panel value="records">
          <EmptyState
            title="Records"
            description="Documents, vaccinations, medical notes, invoices, estimates and payment history arrive in a later release of Tailwise."
          />
        </Tabs.Panel>
        <Tabs.Panel value="vcp">
          <VcpTab client={data} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryTab clientId={data.id} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
