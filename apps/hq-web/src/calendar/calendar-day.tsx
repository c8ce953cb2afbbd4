import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { Appointment, CalendarDay } from '@tailwise/contracts';
import { useId } from 'react';
import { Link } from 'react-router';
import { profilePath } from '../clients/profile/client-profile-page';
import { categoryLabel } from '../settings/clinic-setup-labels';
import { longDate } from './calendar-dates';
import { AppointmentBadges } from './appointment-badges';
import { animalText, capacityText, COUNTED_CATEGORIES, hoursText, inTimeOrder, isFull } from './calendar-labels';

export interface CalendarDayProps {
  day: CalendarDay;
  /** The day's appointments, in any order. */
  appointments: readonly Appointment[];
  onOpen: (appointment: Appointment) => void;
}

/** One day: its hours or why it is closed, what is booked per category and capacity, and its appointments in time order. */
export function CalendarDayCard({ day, appointments, onOpen }: CalendarDayProps) {
  const headingId = useId();
  const title = longDate(day.date);
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
          <Title order={2} size="h3" id={headingId}>
            {title}
          </Title>
          <Text c={day.open ? undefined : 'red'} fw={day.open ? undefined : 600}>
            {hoursText(day)}
          </Text>
        </Group>
        <DaySummary day={day} title={title} />
        {appointments.length === 0 ? (
          <Text c="dimmed">No appointments on this day</Text>
        ) : (
          <AppointmentTable title={title} appointments={inTimeOrder(appointments)} onOpen={onOpen} />
        )}
      </Stack>
    </Paper>
  );
}

function DaySummary({ day, title }: { day: CalendarDay; title: string }) {
  return (
    <Group gap="lg" align="flex-start" wrap="wrap">
      <Group component="ul" aria-label={`Appointments by category on ${title}`} gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {COUNTED_CATEGORIES.map((category) => (
          <li key={category}>
            <Badge variant="light" color="gray" size="lg" tt="none">
              {`${categoryLabel(category)} ${day.counts[category] ?? 0}`}
            </Badge>
          </li>
        ))}
      </Group>
      {day.capacity.length > 0 ? (
        <Group component="ul" aria-label={`Surgery capacity on ${title}`} gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {day.capacity.map((use) => {
            const full = isFull(use);
            return (
              <li key={use.ruleId}>
                <Badge variant={full ? 'filled' : 'outline'} color={full ? 'red' : 'teal'} size="lg" tt="none">
                  {`${use.label} ${capacityText(use)}${full ? ' Full' : ''}`}
                </Badge>
              </li>
            );
          })}
        </Group>
      ) : null}
    </Group>
  );
}

function AppointmentTable({ title, appointments, onOpen }: { title: string; appointments: readonly Appointment[]; onOpen: (appointment: Appointment) => void }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs">
        <VisuallyHidden component="caption">{`Appointments on ${title}`}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Time</Table.Th>
            <Table.Th scope="col">Client</Table.Th>
            <Table.Th scope="col">Animal</Table.Th>
            <Table.Th scope="col">Type</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {appointments.map((appointment) => (
            <Table.Tr key={appointment.id}>
              <Table.Th scope="row" fw={500}>
                {appointment.startTime}
              </Table.Th>
              <Table.Td>
                <Anchor component={Link} to={profilePath(appointment.clientId, 'appointments')}>
                  {appointment.clientName}
                </Anchor>
              </Table.Td>
              <Table.Td c={appointment.animal ? undefined : 'dimmed'}>{animalText(appointment)}</Table.Td>
              <Table.Td>{appointment.typeName}</Table.Td>
              <Table.Td>
                <AppointmentBadges appointment={appointment} />
              </Table.Td>
              <Table.Td>
                <Group justify="flex-end">
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => onOpen(appointment)}
                    aria-label={`Details of ${appointment.startTime} ${appointment.clientName}, ${animalText(appointment)}`}
                  >
                    Details
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
