import { Group, Loader, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { Activity } from '@tailwise/contracts';
import { EmptyState, ErrorState, ListPagination } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime } from '../client-labels';
import { historyQuery } from '../client-queries';

const HISTORY_PAGE_SIZE = 20;

/** What a changed field is called on the forms. */
const FIELD_LABELS: Record<string, string> = {
  organizationName: 'Organization name',
  contactFirstName: 'Primary contact first name',
  contactLastName: 'Primary contact last name',
  phones: 'Phone numbers',
  invoiceEmail: 'Invoice email',
  physicalAddress: 'Physical address',
  mailingUsesPhysical: 'Mailing: use physical address',
  mailingAddress: 'Mailing address',
  billingUsesPhysical: 'Billing: use physical address',
  billingAddress: 'Billing address',
  emergencyContact: 'Emergency contact',
  notes: 'Notes',
  assignedStaffUserId: 'Assigned to',
  firstName: 'First name',
  lastName: 'Last name',
  preferredLanguage: 'Preferred language',
  timeZone: 'Time zone',
  email: 'Email',
  emailConsent: 'Email Communication',
  mobile: 'Mobile',
  smsConsent: 'SMS Communication',
  mobileIsPrimary: 'Mobile is primary',
  allowLogin: 'Allow login?',
  salutation: 'Salutation',
  pronouns: 'Pronouns',
  sexAssignedAtBirth: 'Sex assigned at birth',
  dateOfBirth: 'Date of birth',
  voiceConsent: 'Voice Communication',
  address: 'Address',
  referringProvider: 'Referring provider',
  qualified: 'Qualified',
  veteranId: 'Veteran ID',
  treatingClinicId: 'Treating clinic',
  alert: 'Client Alert',
  otherPhones: 'Other numbers',
  coverageType: 'Pet insurance or fee program',
  coverageProvider: 'Insurance company or fee program',
  coverageNumber: 'Policy or program number',
  authorizationNumber: 'Authorization number',
  caseNumber: 'Case number',
  numberOfSessions: 'Number of sessions',
  billingNotes: 'Billing notes',
  status: 'Status',
  name: 'Name',
  species: 'Species',
  sex: 'Sex',
  altered: 'Altered status',
  breed: 'Breed',
  colour: 'Colour',
  estimatedAgeMonths: 'Estimated age (months)',
  weightKg: 'Weight (kg)',
  microchip: 'Microchip',
  arrivingInTrap: 'Cat arriving in a trap',
};

/** The parts of an address or emergency contact, for changes like `physicalAddress.city`. */
const PART_LABELS: Record<string, string> = {
  line1: 'Street address',
  line2: 'Apt / Suite / Floor',
  city: 'City',
  region: 'State / Province',
  postalCode: 'ZIP / Postal code',
  country: 'Country',
  name: 'Name',
  phone: 'Phone',
  relationship: 'Relationship',
};

const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/^./, (c) => c.toUpperCase());

/** "Physical address: City" for `physicalAddress.city`; unknown fields in words. */
export function fieldLabel(field: string): string {
  const [head, ...parts] = field.split('.');
  const label = FIELD_LABELS[head] ?? words(head);
  return parts.length === 0 ? label : `${label}: ${parts.map((part) => PART_LABELS[part] ?? words(part)).join(': ')}`;
}

const listed = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/**
 * An activity's one line, with the changed fields named as the forms name them: the server's
 * "Changed lastName and mobile of Rex" reads "Changed Last name and Mobile of Rex".
 */
export function activityTitle(activity: Activity): string {
  const fields = Object.keys(activity.changes ?? {});
  const raw = `Changed ${listed(fields)}`;
  if (fields.length === 0 || !activity.summary.startsWith(raw)) return activity.summary;
  return `Changed ${listed(fields.map(fieldLabel))}${activity.summary.slice(raw.length)}`;
}

/** A before or after value of a change, in words: "—" for nothing, Yes/No, an address on one line. */
export function changeValueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(changeValueText).join('; ');
  if (typeof value === 'object') {
    const parts = Object.values(value as Record<string, unknown>).filter((part) => part !== null && part !== undefined && part !== '' && typeof part !== 'boolean');
    return parts.length === 0 ? '—' : parts.map(changeValueText).join(', ');
  }
  return String(value);
}

/** The History tab: who did what and when, with the fields each change touched. */
export function HistoryTab({ clientId }: { clientId: string }) {
  const [page, setPage] = useState(1);
  const history = useQuery(historyQuery(clientId, { page, pageSize: HISTORY_PAGE_SIZE }));

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        History
      </Title>
      {history.isPending ? (
        <Group justify="center" py="xl" role="status">
          <Loader aria-hidden="true" />
          <Text c="dimmed">Loading history…</Text>
        </Group>
      ) : history.isError ? (
        <ErrorState message={history.error.message} onRetry={() => void history.refetch()} />
      ) : history.data.items.length === 0 ? (
        <EmptyState title="No history yet" description="Changes to this client and its animals are listed here." />
      ) : (
        <>
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="History">
            {history.data.items.map((activity) => (
              <ActivityItem key={activity.id} activity={activity} />
            ))}
          </Stack>
          <ListPagination page={history.data.page} pageSize={history.data.pageSize} total={history.data.total} noun="changes" onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

function ActivityItem({ activity }: { activity: Activity }) {
  const changes = Object.entries(activity.changes ?? {});
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600}>{activityTitle(activity)}</Text>
        <Text size="sm" c="dimmed">
          <time dateTime={activity.at}>{formatDateTime(activity.at)}</time> · {activity.actorName ?? 'System'}
        </Text>
      </Group>
      {changes.length > 0 ? (
        <Table.ScrollContainer minWidth={420} mt="xs">
          <Table withTableBorder={false} verticalSpacing={4} fz="sm">
            <VisuallyHidden component="caption">Fields changed</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Field</Table.Th>
                <Table.Th scope="col">Before</Table.Th>
                <Table.Th scope="col">After</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map(([field, change]) => (
                <Table.Tr key={field}>
                  <Table.Th scope="row" fw={500}>
                    {fieldLabel(field)}
                  </Table.Th>
                  <Table.Td>{changeValueText(change.from)}</Table.Td>
                  <Table.Td>{changeValueText(change.to)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Paper>
  );
}
