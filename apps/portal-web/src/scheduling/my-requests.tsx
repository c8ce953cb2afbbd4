import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { AppointmentRequest } from '@tailwise/contracts';
import { dateText } from '../appointments/appointment-labels';
import { REQUEST_STATUS_COLOR, requestOutcome, requestStatusLabel, timeOfDayLabel } from './scheduling-labels';

/** The client's requests, newest first: what was asked, and what the clinic answered. */
export function MyRequests({ requests, showClinic }: { requests: readonly AppointmentRequest[]; showClinic: boolean }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="my-requests">
      <Title order={2} size="h3" id="my-requests">
        My Requests
      </Title>
      {requests.length === 0 ? (
        <Text size="sm" c="dimmed">
          No requests yet. Requests you send show here until the clinic answers.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {requests.map((request) => (
            <Card key={request.id} component="li" withBorder padding="sm">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={2}>
                  <Text fw={500}>
                    {dateText(request.date)}, {timeOfDayLabel(request.timeOfDay)}
                  </Text>
                  <Text size="sm">
                    {request.reasonName}
                    {showClinic ? ` at ${request.clinicName}` : ''}
                  </Text>
                  {requestOutcome(request) ? (
                    <Text size="sm" c={request.status === 'declined' ? 'dimmed' : undefined}>
                      {requestOutcome(request)}
                    </Text>
                  ) : null}
                </Stack>
                <Badge color={REQUEST_STATUS_COLOR[request.status]} variant="light">
                  {requestStatusLabel(request)}
                </Badge>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
