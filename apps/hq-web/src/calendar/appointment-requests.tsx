import { Anchor, Badge, Button, Group, Loader, SegmentedControl, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { AppointmentRequest } from '@tailwise/contracts';
import { EmptyState, ErrorState } from '@tailwise/web-ui';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../clients/client-labels';
import { profilePath } from '../clients/profile/client-profile-page';
import { formatLocalDate } from '../settings/clinic-setup-labels';
import { calendarDayPath } from './calendar-dates';
import { AnswerRequestDialog, type Answering } from './answer-request-dialogs';
import { answerText, REQUEST_STATUS_COLORS, REQUEST_STATUS_LABELS, requestsInOrder, TIME_OF_DAY_LABELS } from './request-labels';

type Shown = 'all' | 'pending' | 'answered';

export interface AppointmentRequestsPanelProps {
  requests: UseQueryResult<AppointmentRequest[]>;
  canManage: boolean;
}

/** The calendar's Appointment Requests: what pet owners asked for in the portal, answered with Accept or Decline. */
export function AppointmentRequestsPanel({ requests, canManage }: AppointmentRequestsPanelProps) {
  const [shown, setShown] = useState<Shown>('all');
  const [answering, setAnswering] = useState<Answering>(null);

  if (requests.isPending) {
    return (
      <Group justify="center" py="xl" role="status">
        <Loader aria-hidden="true" />
        <Text c="dimmed">Loading the appointment requests…</Text>
      </Group>
    );
  }
  if (requests.isError) return <ErrorState message={requests.error.message} onRetry={() => void requests.refetch()} />;
  if (requests.data.length === 0) {
    return <EmptyState title="No appointment requests" description="Requests that pet owners make in the portal show here, for you to accept or decline." />;
  }

  const listed = requestsInOrder(requests.data).filter((r) => shown === 'all' || (shown === 'pending') === (r.status === 'pending'));
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="Show"
        w="fit-content"
        data={[
          { value: 'all', label: 'All' },
          { value: 'pending', label: 'Pending' },
          { value: 'answered', label: 'Answered' },
        ]}
        value={shown}
        onChange={(value) => setShown(value === 'pending' || value === 'answered' ? value : 'all')}
      />
      {listed.length === 0 ? (
        <Text c="dimmed">{shown === 'pending' ? 'No pending requests' : 'No answered requests yet'}</Text>
      ) : (
        <AppointmentRequestsTable
          requests={listed}
          onAnswer={canManage ? (action, request) => setAnswering({ action, request }) : undefined}
        />
      )}
      <AnswerRequestDialog answering={answering} onClose={() => setAnswering(null)} />
    </Stack>
  );
}

export interface AppointmentRequestsTableProps {
  /** In the order shown. */
  requests: readonly AppointmentRequest[];
  /** Accept and Decline on pending requests; only given to those who manage the schedule. */
  onAnswer?: (action: 'accept' | 'decline', request: AppointmentRequest) => void;
}

export function AppointmentRequestsTable({ requests, onAnswer }: AppointmentRequestsTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs">
        <VisuallyHidden component="caption">Appointment requests</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Client</Table.Th>
            <Table.Th scope="col">Requested date</Table.Th>
            <Table.Th scope="col">Time of day</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
            <Table.Th scope="col">Message</Table.Th>
            <Table.Th scope="col">Received</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            {onAnswer ? (
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => (
            <Table.Tr key={request.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={profilePath(request.clientId, 'appointments')}>
                  {request.clientName}
                </Anchor>
              </Table.Th>
              <Table.Td>{formatLocalDate(request.date)}</Table.Td>
              <Table.Td>{TIME_OF_DAY_LABELS[request.timeOfDay]}</Table.Td>
              <Table.Td>{request.reasonName}</Table.Td>
              <Table.Td c={request.message ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxWidth: 280 }}>
                {request.message ?? '—'}
              </Table.Td>
              <Table.Td>
                <time dateTime={request.createdAt}>{formatDateTime(request.createdAt)}</time>
              </Table.Td>
              <Table.Td>
                <RequestStatus request={request} />
              </Table.Td>
              {onAnswer ? (
                <Table.Td>
                  {request.status === 'pending' ? (
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="compact-sm" onClick={() => onAnswer('accept', request)} aria-label={`Accept the request from ${request.clientName}`}>
                        Accept
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => onAnswer('decline', request)}
                        aria-label={`Decline the request from ${request.clientName}`}
                      >
                        Decline
                      </Button>
                    </Group>
                  ) : null}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The status, and what the answer came to: the booked day (a link to it) or the message to the client. */
function RequestStatus({ request }: { request: AppointmentRequest }) {
  const answer = answerText(request);
  return (
    <Stack gap={2} align="flex-start">
      <Badge variant="light" color={REQUEST_STATUS_COLORS[request.status]}>
        {REQUEST_STATUS_LABELS[request.status]}
      </Badge>
      {request.status === 'accepted' && request.appointmentDate ? (
        <Anchor component={Link} to={calendarDayPath(request.clinicId, request.appointmentDate)} size="sm">
          {answer}
        </Anchor>
      ) : answer ? (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {answer}
        </Text>
      ) : null}
    </Stack>
  );
}
