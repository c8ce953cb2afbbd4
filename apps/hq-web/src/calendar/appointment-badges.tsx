import { Badge, Group } from '@mantine/core';
import type { Appointment } from '@tailwise/contracts';
import { STATUS_COLORS, STATUS_LABELS } from './calendar-labels';

/** The status, and "Released" once the appointment shows in the client's portal. */
export function AppointmentBadges({ appointment }: { appointment: Pick<Appointment, 'status' | 'released'> }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Badge variant="light" color={STATUS_COLORS[appointment.status]}>
        {STATUS_LABELS[appointment.status]}
      </Badge>
      {appointment.released ? (
        <Badge variant="outline" color="violet">
          Released
        </Badge>
      ) : null}
    </Group>
  );
}
