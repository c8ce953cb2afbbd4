import { Alert, Button, Group, Loader, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { Animal, OpenTimes, PortalAppointment, PortalClinicScheduling, PortalLinkView } from '@tailwise/contracts';
import { formFailureOf } from '@tailwise/web-api';
import { FormAlert } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { animalsQuery } from '../animals/animal-queries';
import { dateText, timeText } from '../appointments/appointment-labels';
import { useSignedInUser } from '../auth/session';
import { defaultReasonId, reasonOptions } from './request-form';
import { isTimeTaken, TIME_TAKEN_MESSAGE, todayIn } from './scheduling-labels';
import { openTimesQuery, useSelfSchedule } from './scheduling-queries';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
type Field = 'clinicId' | 'reasonId' | 'date' | 'startTime' | 'animalId' | 'message';
type FieldErrors = Partial<Record<Field, string>>;
const FIELDS = new Set<string>(['clinicId', 'reasonId', 'date', 'startTime', 'animalId', 'message']);

export interface ScheduleFormProps {
  link: PortalLinkView;
  /** The clinics that let clients book open times; the form asks which one when there are several. */
  clinics: readonly PortalClinicScheduling[];
  defaultClinicId: string;
  onBooked: (appointment: PortalAppointment) => void;
  onCancel: () => void;
}

/**
 * Schedule an Appointment: a reason and a date show that day's open times; picking one and
 * booking it makes the appointment at once. A time someone else took meanwhile is refused:
 * the form says so and the times are fetched again.
 */
export function ScheduleForm({ link, clinics, defaultClinicId, onBooked, onCancel }: ScheduleFormProps) {
  const me = useSignedInUser();
  const [clinicId, setClinicId] = useState(defaultClinicId);
  const clinic = clinics.find((c) => c.clinicId === clinicId) ?? clinics[0];
  const [reasonId, setReasonId] = useState(defaultReasonId(clinic));
  const [date, setDate] = useState('');
  const [startTime, setStartTime] = useState<string | null>(null);
  const [animalId, setAnimalId] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const book = useSelfSchedule(link.organizationId);

  const ready = Boolean(clinic && reasonId && DATE.test(date));
  const openTimes = useQuery({
    ...openTimesQuery({ accountId: me.account.id, organizationId: link.organizationId, clinicId: clinic?.clinicId ?? '', reasonId, date }),
    enabled: ready,
  });
  const animals = useQuery(animalsQuery(me.account.id, link.organizationId));
  const activeAnimals = (animals.data ?? []).filter((animal) => animal.status === 'active');

  // A new reason, date or clinic lists other times: the picked one no longer stands.
  const change = (apply: () => void) => {
    apply();
    setStartTime(null);
    setErrors({});
    setFormError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!clinic) return;
    if (!DATE.test(date)) {
      setErrors({ date: 'Choose a date' });
      return;
    }
    if (!startTime) {
      // Said above the form too: on a closed day or one with no times left there is no list to show it under.
      setErrors({ startTime: 'Choose one of the open times' });
      setFormError('Choose one of the open times, or another date');
      return;
    }
    setErrors({});
    setFormError(null);
    try {
      const booked = await book.mutateAsync({ clinicId: clinic.clinicId, reasonId, date, startTime, animalId: animalId || null, message: message.trim() || null });
      onBooked(booked);
    } catch (error) {
      if (isTimeTaken(error)) {
        setStartTime(null);
        setFormError(TIME_TAKEN_MESSAGE);
        return;
      }
      const failure = formFailureOf(error);
      if ('message' in failure) {
        setFormError(failure.message);
        return;
      }
      const placed: FieldErrors = {};
      const unplaced: string[] = [];
      for (const issue of failure.issues) {
        if (FIELDS.has(issue.path)) placed[issue.path as Field] ??= issue.message;
        else unplaced.push(issue.message);
      }
      setErrors(placed);
      setFormError(unplaced.length > 0 ? unplaced.join('. ') : null);
    }
  };

  const reason = clinic?.reasons.find((r) => r.id === reasonId);
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Schedule an Appointment">
      <Stack gap="md">
        <FormAlert message={formError} />
        {clinics.length > 1 ? (
          <NativeSelect
            label="Clinic"
            value={clinic?.clinicId ?? ''}
            data={clinics.map((c) => ({ value: c.clinicId, label: c.clinicName }))}
            onChange={(event) => {
              const next = clinics.find((c) => c.clinicId === event.currentTarget.value);
              change(() => {
                setClinicId(event.currentTarget.value);
                setReasonId(defaultReasonId(next));
              });
            }}
            error={errors.clinicId}
            required
          />
        ) : null}
        <NativeSelect
          label="Reason for Visit"
          value={reasonId}
          data={reasonOptions(clinic)}
          description={reason ? [reason.description, `About ${reason.durationMinutes} minutes`].filter(Boolean).join('. ') : undefined}
          onChange={(event) => {
            const next = event.currentTarget.value;
            change(() => setReasonId(next));
          }}
          error={errors.reasonId}
          required
          data-autofocus
        />
        <TextInput
          label="Date"
          type="date"
          value={date}
          min={clinic ? todayIn(clinic.timeZone) : undefined}
          onChange={(event) => {
            const next = event.currentTarget.value;
            change(() => setDate(next));
          }}
          error={errors.date}
          required
        />
        {ready ? (
          <OpenTimesOfDay
            date={date}
            openTimes={openTimes.data}
            loading={openTimes.isPending}
            failed={openTimes.isError ? openTimes.error.message : null}
            selected={startTime}
            error={errors.startTime}
            onPick={(time) => {
              setStartTime(time);
              setErrors((current) => ({ ...current, startTime: undefined }));
            }}
          />
        ) : (
          <Text size="sm" c="dimmed">
            Choose a reason and a date to see the open times.
          </Text>
        )}
        {activeAnimals.length > 0 ? (
          <NativeSelect label="Animal" value={animalId} data={animalOptions(activeAnimals)} onChange={(event) => setAnimalId(event.currentTarget.value)} error={errors.animalId} />
        ) : null}
        <Textarea label="Message" description="Anything the clinic should know (optional)." value={message} onChange={(event) => setMessage(event.currentTarget.value)} maxLength={2000} autosize minRows={2} error={errors.message} />
        <Group gap="sm">
          <Button type="submit" loading={book.isPending}>
            {startTime && DATE.test(date) ? `Book ${dateText(date)} at ${timeText(startTime)}` : 'Book'}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={book.isPending}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export const animalOptions = (animals: readonly Pick<Animal, 'id' | 'name'>[]) => [
  { value: '', label: 'Not now' },
  ...animals.map((animal) => ({ value: animal.id, label: animal.name })),
];

export interface OpenTimesOfDayProps {
  date: string;
  openTimes: OpenTimes | undefined;
  loading: boolean;
  failed: string | null;
  selected: string | null;
  error?: string;
  onPick: (time: string) => void;
}

/** The open times of one day as buttons, or why there are none (a closed day says its reason). */
export function OpenTimesOfDay({ date, openTimes, loading, failed, selected, error, onPick }: OpenTimesOfDayProps) {
  if (loading) {
    return (
      <Group gap="xs" role="status">
        <Loader size="sm" aria-hidden="true" />
        <Text size="sm" c="dimmed">
          Loading open times…
        </Text>
      </Group>
    );
  }
  if (failed) {
    return (
      <Alert color="red" variant="light" role="alert" title="Open times could not be loaded">
        {failed}
      </Alert>
    );
  }
  const day = openTimes?.days.find((d) => d.date === date);
  if (!day || !day.open) {
    return (
      <Alert color="gray" variant="light" title={`Closed on ${dateText(date)}`}>
        {day?.closedReason ?? 'The clinic is closed that day.'} Choose another date.
      </Alert>
    );
  }
  if (day.times.length === 0) {
    return (
      <Alert color="gray" variant="light" title={`No open times on ${dateText(date)}`}>
        Every time that day is taken. Choose another date.
      </Alert>
    );
  }
  const label = `Open times on ${dateText(date)}`;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="open-times-label">
        {label}
      </Text>
      <Group gap="xs" role="group" aria-labelledby="open-times-label">
        {day.times.map(({ time }) => (
          <Button key={time} variant={time === selected ? 'filled' : 'default'} size="sm" aria-pressed={time === selected} onClick={() => onPick(time)}>
            {timeText(time)}
          </Button>
        ))}
      </Group>
      {error ? (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
