import { Group, Loader, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  type AcceptRequestInput,
  type AppointmentRequest,
  type AppointmentType,
  type DeclineRequestInput,
  declineRequestInputSchema,
  type TimeOfDay,
} from '@tailwise/contracts';
import { contractResolver, ErrorState, FormActions, FormAlert, SelectField, TextareaField, TextField } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { appointmentRequestsService } from '../app/api';
import { SetupDialog, useSetupFormSubmit } from '../settings/clinic-setup-parts';
import { clinicSetupQuery } from '../settings/clinic-setup-queries';
import { AnimalSelect } from './animal-select';
import { isLocalDate, longDate } from './calendar-dates';
import { openTimesQuery, useAppointmentChange } from './calendar-queries';
import { acceptFieldOf, acceptFormSchema, acceptToBody, type AcceptValues, declineToBody, type DeclineValues } from './request-answer-values';
import { groupOpenTimes, suggestedStartTime, TIME_OF_DAY_LABELS } from './request-labels';

export type Answering = { action: 'accept' | 'decline'; request: AppointmentRequest } | null;

/** Accept or Decline one request; `answering` null closes the dialog. */
export function AnswerRequestDialog({ answering, onClose }: { answering: Answering; onClose: () => void }) {
  return (
    <SetupDialog title={answering?.action === 'decline' ? 'Decline Request' : 'Accept Request'} opened={answering !== null} onClose={onClose}>
      {answering?.action === 'accept' ? <AcceptRequest request={answering.request} onClose={onClose} /> : null}
      {answering?.action === 'decline' ? <DeclineRequest request={answering.request} onClose={onClose} /> : null}
    </SetupDialog>
  );
}

/** "Jamie Doe asked for Wellness visit on Monday, Jun 3, 2030, Morning.", and the client's message. */
export function RequestSummary({ request }: { request: AppointmentRequest }) {
  return (
    <Stack gap={4}>
      <Text>
        {`${request.clientName} asked for ${request.reasonName} on ${isLocalDate(request.date) ? longDate(request.date) : request.date}, ${TIME_OF_DAY_LABELS[request.timeOfDay]}.`}
      </Text>
      {request.message ? (
        <Text c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {`“${request.message}”`}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * Waits for the clinic's setup (the reason gives the appointment type) and the open times of the
 * requested day, so the form starts at an open time in the time of day the client asked for.
 */
function AcceptRequest({ request, onClose }: { request: AppointmentRequest; onClose: () => void }) {
  const setup = useQuery(clinicSetupQuery(request.clinicId));
  const reasonTypeId = setup.data?.reasons.find((reason) => reason.id === request.reasonId)?.appointmentTypeId ?? '';
  const firstTimes = useQuery({
    ...openTimesQuery(request.clinicId, { appointmentTypeId: reasonTypeId, from: request.date, to: request.date }),
    enabled: reasonTypeId !== '' && isLocalDate(request.date),
  });
  const accept = useAppointmentChange((body: AcceptRequestInput) => appointmentRequestsService.accept(request.clinicId, request.id, body));

  if (setup.isError) return <ErrorState message={setup.error.message} onRetry={() => void setup.refetch()} />;
  if (setup.isPending || (firstTimes.isPending && firstTimes.fetchStatus !== 'idle')) {
    return (
      <Group justify="center" py="md" role="status">
        <Loader aria-hidden="true" />
        <Text c="dimmed">Finding open times…</Text>
      </Group>
    );
  }
  const times = firstTimes.data?.days.find((day) => day.date === request.date)?.times.map((t) => t.time) ?? [];
  return (
    <AcceptRequestForm
      request={request}
      appointmentTypes={setup.data.appointmentTypes}
      defaultValues={{ date: request.date, startTime: suggestedStartTime(times, request.timeOfDay), appointmentTypeId: reasonTypeId, animalId: '' }}
      onCancel={onClose}
      onSubmit={async (body) => {
        const { appointment } = await accept.mutateAsync(body);
        notifications.show({ color: 'teal', message: `Request accepted: ${request.clientName} is booked on ${longDate(appointment.date)} at ${appointment.startTime}` });
        onClose();
      }}
    />
  );
}

export interface AcceptRequestFormProps {
  request: AppointmentRequest;
  /** The clinic's types; inactive ones are offered only when the reason uses one. */
  appointmentTypes: readonly AppointmentType[];
  defaultValues: AcceptValues;
  onCancel: () => void;
  onSubmit: (body: AcceptRequestInput) => Promise<unknown>;
}

const acceptResolver = contractResolver({ toBody: acceptToBody, schema: acceptFormSchema, fieldOf: acceptFieldOf });

/** The booking that answers a request: a date, an open time (or any time typed), the type and the client's animal. */
export function AcceptRequestForm({ request, appointmentTypes, defaultValues, onCancel, onSubmit }: AcceptRequestFormProps) {
  const form = useForm<AcceptValues, unknown, AcceptRequestInput>({ resolver: acceptResolver, defaultValues });
  // A closed day, a taken time or a request answered meanwhile is refused naming its field, or above the form.
  const { submit, formError } = useSetupFormSubmit(form, acceptFieldOf, onSubmit);
  const { control, setValue } = form;
  const [date, startTime, typeId] = useWatch({ control, name: ['date', 'startTime', 'appointmentTypeId'] });
  const types = useMemo(
    () => appointmentTypes.filter((type) => type.active || type.id === defaultValues.appointmentTypeId),
    [appointmentTypes, defaultValues.appointmentTypeId],
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Accept request">
      <Stack gap="md">
        <RequestSummary request={request} />
        <FormAlert message={formError ?? form.formState.errors.root?.message} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextField control={control} name="date" label="Date" type="date" required />
          <SelectField
            control={control}
            name="appointmentTypeId"
            label="Appointment type"
            description={`${request.reasonName}'s type unless changed`}
            options={[...(defaultValues.appointmentTypeId ? [] : [{ value: '', label: 'Choose a type' }]), ...types.map((type) => ({ value: type.id, label: type.name }))]}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <OpenTimeSelect
            clinicId={request.clinicId}
            date={date}
            appointmentTypeId={typeId}
            timeOfDay={request.timeOfDay}
            startTime={startTime}
            onPick={(time) => setValue('startTime', time, { shouldValidate: form.formState.isSubmitted })}
          />
          <TextField control={control} name="startTime" label="Start time" type="time" description="An open time, or any other" required />
        </SimpleGrid>
        <AnimalSelect control={control} clientId={request.clientId} />
        <FormActions submitLabel="Accept and Book" submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** The open times of the day for the type, those in the requested time of day first; picking one fills in Start time. */
function OpenTimeSelect({
  clinicId,
  date,
  appointmentTypeId,
  timeOfDay,
  startTime,
  onPick,
}: {
  clinicId: string;
  date: string;
  appointmentTypeId: string;
  timeOfDay: TimeOfDay;
  startTime: string;
  onPick: (time: string) => void;
}) {
  const known = appointmentTypeId !== '' && isLocalDate(date);
  const open = useQuery({ ...openTimesQuery(clinicId, { appointmentTypeId, from: date, to: date }), enabled: known });
  const day = open.data?.days.find((d) => d.date === date);
  const times = day?.times.map((t) => t.time) ?? [];
  const groups = groupOpenTimes(times, timeOfDay);

  const description = !known
    ? 'Choose a date and an appointment type to see the open times'
    : open.isPending
      ? 'Finding open times…'
      : open.isError
        ? `The open times could not be loaded: ${open.error.message}`
        : day && !day.open
          ? `Closed${day.closedReason ? `: ${day.closedReason}` : ''}`
          : times.length === 0
            ? 'No open time left on this day: enter a time'
            : `${times.length} open ${times.length === 1 ? 'time' : 'times'}`;

  return (
    <NativeSelect
      label="Open times"
      description={description}
      value={times.includes(startTime) ? startTime : ''}
      onChange={(event) => event.currentTarget.value && onPick(event.currentTarget.value)}
      data={[{ value: '', label: 'Pick an open time' }, ...groups.map((group) => ({ group: group.label, items: group.times }))]}
      disabled={groups.length === 0}
    />
  );
}

function DeclineRequest({ request, onClose }: { request: AppointmentRequest; onClose: () => void }) {
  const decline = useAppointmentChange((body: DeclineRequestInput) => appointmentRequestsService.decline(request.clinicId, request.id, body));
  return (
    <DeclineRequestForm
      request={request}
      onCancel={onClose}
      onSubmit={async (body) => {
        await decline.mutateAsync(body);
        notifications.show({ color: 'teal', message: `Request from ${request.clientName} declined` });
        onClose();
      }}
    />
  );
}

const declineResolver = contractResolver({ toBody: declineToBody, schema: declineRequestInputSchema });

/** Declines a request, with a message the client reads in the portal. */
export function DeclineRequestForm({
  request,
  onCancel,
  onSubmit,
}: {
  request: AppointmentRequest;
  onCancel: () => void;
  onSubmit: (body: DeclineRequestInput) => Promise<unknown>;
}) {
  const form = useForm<DeclineValues, unknown, DeclineRequestInput>({ resolver: declineResolver, defaultValues: { message: '' } });
  const { submit, formError } = useSetupFormSubmit(form, ['message'], onSubmit);
  return (
    <form onSubmit={submit} noValidate aria-label="Decline request">
      <Stack gap="md">
        <RequestSummary request={request} />
        <FormAlert message={formError ?? form.formState.errors.root?.message} />
        <TextareaField
          control={form.control}
          name="message"
          label="Message to the client"
          description="Optional; the client reads it in the portal"
          autosize
          minRows={3}
          maxLength={1000}
          data-autofocus
        />
        <FormActions submitLabel="Decline Request" submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
