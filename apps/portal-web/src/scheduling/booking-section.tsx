import { Alert, Button, Card, Group, Loader, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { PortalClinicScheduling, PortalLinkView } from '@tailwise/contracts';
import { ErrorState, MOBILE_MEDIA_QUERY } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { dateText, timeText } from '../appointments/appointment-labels';
import { useSignedInUser } from '../auth/session';
import { useReportClosedAccess } from '../shell/selected-clinic';
import { MyRequests } from './my-requests';
import { OfficeHours } from './office-hours';
import { RequestForm, requestValues } from './request-form';
import { ScheduleForm } from './schedule-form';
import { timeOfDayLabel } from './scheduling-labels';
import { requestsQuery, schedulingQuery, useCreateRequest } from './scheduling-queries';

type Dialog = { kind: 'request' | 'schedule'; clinic: PortalClinicScheduling } | null;

/**
 * Booking at the selected organization, beside its appointments: each clinic's office hours,
 * and what it lets clients do: request an appointment, or schedule one themselves.
 */
export function BookingSection({ link }: { link: PortalLinkView }) {
  const me = useSignedInUser();
  const scheduling = useQuery(schedulingQuery(me.account.id, link.organizationId));
  useReportClosedAccess(scheduling.error);

  if (scheduling.isPending) {
    return (
      <Group justify="center" py="md" role="status">
        <Loader size="sm" aria-hidden="true" />
        <Text c="dimmed">Loading what you can book…</Text>
      </Group>
    );
  }
  if (scheduling.isError) {
    return <ErrorState title="Booking could not be loaded" message={scheduling.error.message} onRetry={() => void scheduling.refetch()} />;
  }
  // A rescue's places are booked by the clinic and released to it: nothing to book here.
  if (!scheduling.data.clientBooks) return null;
  return <ClinicBooking link={link} clinics={scheduling.data.clinics} />;
}

export function ClinicBooking({ link, clinics }: { link: PortalLinkView; clinics: readonly PortalClinicScheduling[] }) {
  const me = useSignedInUser();
  const takesRequests = clinics.filter((c) => c.allowRequests);
  const selfScheduling = clinics.filter((c) => c.allowSelfScheduling);
  const requests = useQuery({ ...requestsQuery(me.account.id, link.organizationId), enabled: takesRequests.length > 0 });
  const createRequest = useCreateRequest(link.organizationId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const fullScreen = useMediaQuery(MOBILE_MEDIA_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  const close = () => setDialog(null);
  const several = clinics.length > 1;

  return (
    <Stack gap="lg" mb="xl" component="section" aria-labelledby="book-a-visit">
      <Title order={2} size="h3" id="book-a-visit">
        Book a Visit
      </Title>
      {confirmation ? (
        <Alert color="teal" variant="light" role="status" withCloseButton closeButtonLabel="Dismiss" onClose={() => setConfirmation(null)}>
          {confirmation}
        </Alert>
      ) : null}
      {clinics.length === 0 ? (
        <Text c="dimmed">{link.organizationName} does not take bookings in the portal. Please call the clinic.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: several ? 2 : 1 }} spacing="md">
          {clinics.map((clinic) => (
            <Card key={clinic.clinicId} withBorder padding="md" component="article">
              <Stack gap="sm">
                {several ? (
                  <Title order={3} size="h4">
                    {clinic.clinicName}
                  </Title>
                ) : null}
                <div>
                  <Text size="sm" fw={600} mb={4}>
                    Office hours
                  </Text>
                  <OfficeHours clinic={clinic} />
                </div>
                <ClinicActions clinic={clinic} onOpen={(kind) => setDialog({ kind, clinic })} />
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {takesRequests.length > 0 ? (
        requests.isError ? (
          <ErrorState title="Your requests could not be loaded" message={requests.error.message} onRetry={() => void requests.refetch()} />
        ) : requests.isPending ? (
          <Text c="dimmed" role="status">
            Loading your requests…
          </Text>
        ) : (
          <MyRequests requests={requests.data} showClinic={several} />
        )
      ) : null}

      <Modal
        opened={dialog?.kind === 'request'}
        onClose={close}
        title={dialog?.kind === 'request' ? dialog.clinic.requestLabel : ''}
        size="lg"
        fullScreen={fullScreen}
        closeButtonProps={{ 'aria-label': 'Close dialog' }}
        closeOnClickOutside={false}
      >
        {dialog?.kind === 'request' ? (
          <RequestForm
            clinics={takesRequests}
            defaultValues={requestValues(dialog.clinic)}
            submitLabel={dialog.clinic.requestLabel}
            onCancel={close}
            onSubmit={async (body) => {
              const sent = await createRequest.mutateAsync(body);
              close();
              setConfirmation(
                `Your request for ${dateText(sent.date)} (${timeOfDayLabel(sent.timeOfDay)}) was sent to ${sent.clinicName}. It shows under My Requests until the clinic answers.`,
              );
            }}
          />
        ) : null}
      </Modal>

      <Modal
        opened={dialog?.kind === 'schedule'}
        onClose={close}
        title="Schedule an Appointment"
        size="lg"
        fullScreen={fullScreen}
        closeButtonProps={{ 'aria-label': 'Close dialog' }}
        closeOnClickOutside={false}
      >
        {dialog?.kind === 'schedule' ? (
          <ScheduleForm
            link={link}
            clinics={selfScheduling}
            defaultClinicId={dialog.clinic.clinicId}
            onCancel={close}
            onBooked={(appointment) => {
              close();
              setConfirmation(`Booked: ${appointment.typeName} on ${dateText(appointment.date)} at ${timeText(appointment.startTime)} at ${appointment.clinicName}.`);
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

/** Only what the clinic allows; when it allows neither, how to book instead. */
function ClinicActions({ clinic, onOpen }: { clinic: PortalClinicScheduling; onOpen: (kind: 'request' | 'schedule') => void }) {
  if (!clinic.allowRequests && !clinic.allowSelfScheduling) {
    return (
      <Text size="sm" c="dimmed">
        {clinic.clinicName} books appointments by phone.
      </Text>
    );
  }
  if (clinic.reasons.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {clinic.clinicName} has no visits to book in the portal yet. Please call the clinic.
      </Text>
    );
  }
  return (
    <Group gap="sm">
      {clinic.allowSelfScheduling ? <Button onClick={() => onOpen('schedule')}>Schedule an Appointment</Button> : null}
      {clinic.allowRequests ? (
        <Button variant={clinic.allowSelfScheduling ? 'default' : 'filled'} onClick={() => onOpen('request')}>
          {clinic.requestLabel}
        </Button>
      ) : null}
    </Group>
  );
}
