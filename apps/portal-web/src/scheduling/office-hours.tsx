import { List, Stack, Text } from '@mantine/core';
import type { PortalClinicScheduling } from '@tailwise/contracts';
import { hoursText, officeHoursNote, weekdayName } from './scheduling-labels';

/** The week's hours when the clinic shows them (with its note), else only its note. */
export function OfficeHours({ clinic }: { clinic: Pick<PortalClinicScheduling, 'hours' | 'officeHoursText'> }) {
  if (!clinic.hours) {
    return <Text size="sm">{officeHoursNote(clinic.officeHoursText)}</Text>;
  }
  return (
    <Stack gap={4}>
      <List listStyleType="none" spacing={2} size="sm">
        {clinic.hours.map((day) => (
          <List.Item key={day.weekday}>
            <Text span size="sm" fw={500} w={110} display="inline-block">
              {weekdayName(day.weekday)}
            </Text>
            <Text span size="sm" c={day.hours ? undefined : 'dimmed'}>
              {hoursText(day)}
            </Text>
          </List.Item>
        ))}
      </List>
      {clinic.officeHoursText ? (
        <Text size="sm" c="dimmed">
          {clinic.officeHoursText}
        </Text>
      ) : null}
    </Stack>
  );
}
