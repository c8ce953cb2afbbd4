import { Anchor, Group, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { Appointment, Client } from '@tailwise/contracts';
import { EmptyState, ErrorState } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useSignedInUser } from '../../auth/session';
import { AppointmentBadges } from '../../calendar/appointment-badges';
import { calendarDayPath } from '../../calendar/calendar-dates';
import { animalText } from '../../calendar/calendar-labels';
import { clientAppointmentsQuery } from '../../calendar/calendar-queries';
import { formatLocalDate } from '../../settings/clinic-setup-labels';

/** Latest first: what is coming up and what just happened come before old visits. */
function newestFirst(appointments: readonly Appointment[]): Appointment[] {
  return [...appointments].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}

/** The Appointments tab: the client's appointments at every clinic, each linking to its day on the Calendar. */
export function AppointmentsTab({ client }: { client: Client }) {
  const me = useSignedInUser();
  const appointments = useQuery(clientAppointmentsQuery(client.id));
  const clinicName = (clinicId: string) => me.clinics.find((clinic) => clinic.id === clinicId)?.name ?? 'Another clinic';

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        Appointments
      </Title>
      {appointments.isPending ? (
        <Group justify="center" py="xl" role="status">
          <Loader aria-hidden="true" />
          <Text c="dimmed">Loading appointments…</Text>
        </Group>
      ) : appointments.isError ? (
        <ErrorState message={appointments.error.message} onRetry={() => void appointments.refetch()} />
      ) : appointments.data.length === 0 ? (
        <EmptyState title="No appointments yet" description={`${client.displayName} has no appointments. Book one from the Calendar.`} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm">
            <VisuallyHidden component="caption">{`${client.displayName}'s appointments`}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Time</Table.Th>
                <Table.Th scope="col">Clinic</Table.Th>
                <Table.Th scope="col">Type</Table.Th>
                <Table.Th scope="col">Animal</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {newestFirst(appointments.data).map((appointment) => (
                <Table.Tr key={appointment.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={calendarDayPath(appointment.clinicId, appointment.date)}>
                      {formatLocalDate(appointment.date)}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{appointment.startTime}</Table.Td>
                  <Table.Td>{clinicName(appointment.clinicId)}</Table.Td>
                  <Table.Td>{appointment.typeName}</Table.Td>
                  <Table.Td>{animalText(appointment)}</Table.Td>
                  <Table.Td>
                    <AppointmentBadges appointment={appointment} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
