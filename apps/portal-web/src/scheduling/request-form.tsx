import { Group, Radio, Stack } from '@mantine/core';
import { type AppointmentRequestInput, appointmentRequestInputSchema, type PortalClinicScheduling, type TimeOfDay } from '@tailwise/contracts';
import { formFailureOf } from '@tailwise/web-api';
import { contractResolver, FormActions, FormAlert, formErrorFor, SelectField, TextareaField, TextField } from '@tailwise/web-ui';
import { useEffect, useState } from 'react';
import { Controller, type FieldPath, useForm, useWatch } from 'react-hook-form';
import { TIME_OF_DAY_OPTIONS, todayIn } from './scheduling-labels';

export interface RequestValues {
  clinicId: string;
  date: string;
  timeOfDay: TimeOfDay;
  reasonId: string;
  message: string;
}

const FIELDS = new Set<string>(['clinicId', 'date', 'timeOfDay', 'reasonId', 'message']);

/** The field that shows an issue; the rest (the clinic takes no requests) shows above the form. */
export function requestFieldOf(path: string): FieldPath<RequestValues> | null {
  return FIELDS.has(path) ? (path as FieldPath<RequestValues>) : null;
}

export const requestToBody = (values: RequestValues): AppointmentRequestInput => ({
  clinicId: values.clinicId,
  date: values.date,
  timeOfDay: values.timeOfDay,
  reasonId: values.reasonId,
  message: values.message.trim() || null,
});

/** A new request starts at the clinic's default reason, so most clients only pick a date. */
export function requestValues(clinic: PortalClinicScheduling): RequestValues {
  return { clinicId: clinic.clinicId, date: '', timeOfDay: 'morning', reasonId: defaultReasonId(clinic), message: '' };
}

export const defaultReasonId = (clinic: PortalClinicScheduling | undefined) => (clinic?.reasons.find((r) => r.isDefault) ?? clinic?.reasons[0])?.id ?? '';

export const reasonOptions = (clinic: PortalClinicScheduling | undefined) => [
  { value: '', label: 'Choose a reason' },
  ...(clinic?.reasons ?? []).map((reason) => ({ value: reason.id, label: reason.name })),
];

const resolver = contractResolver({ toBody: requestToBody, schema: appointmentRequestInputSchema, fieldOf: requestFieldOf });

export interface RequestFormProps {
  /** The clinics that take requests; the form asks which one when there are several. */
  clinics: readonly PortalClinicScheduling[];
  defaultValues: RequestValues;
  submitLabel: string;
  onSubmit: (body: AppointmentRequestInput) => Promise<unknown>;
  onCancel: () => void;
}

/** A request for a visit on a date and a time of day; the clinic answers with a time, or declines. */
export function RequestForm({ clinics, defaultValues, submitLabel, onSubmit, onCancel }: RequestFormProps) {
  const form = useForm<RequestValues, unknown, AppointmentRequestInput>({ resolver, defaultValues });
  const [formError, setFormError] = useState<string | null>(null);
  const clinicId = useWatch({ control: form.control, name: 'clinicId' });
  const reasonId = useWatch({ control: form.control, name: 'reasonId' });
  const clinic = clinics.find((c) => c.clinicId === clinicId);
  const reason = clinic?.reasons.find((r) => r.id === reasonId);
  // Reasons belong to a clinic: another clinic starts again at its own default.
  useEffect(() => {
    if (clinic && !clinic.reasons.some((r) => r.id === form.getValues('reasonId'))) form.setValue('reasonId', defaultReasonId(clinic));
  }, [clinic, form]);

  const submit = form.handleSubmit(async (body) => {
    setFormError(null);
    try {
      await onSubmit(body);
    } catch (error) {
      setFormError(formErrorFor(formFailureOf(error), form.setError, requestFieldOf));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="md">
        <FormAlert message={formError ?? form.formState.errors.root?.message} />
        {clinics.length > 1 ? (
          <SelectField
            control={form.control}
            name="clinicId"
            label="Clinic"
            options={clinics.map((c) => ({ value: c.clinicId, label: c.clinicName }))}
            required
          />
        ) : null}
        <TextField control={form.control} name="date" label="Date" type="date" min={clinic ? todayIn(clinic.timeZone) : undefined} required data-autofocus />
        <Controller
          control={form.control}
          name="timeOfDay"
          render={({ field, fieldState }) => (
            <Radio.Group name={field.name} label="Time of day" value={field.value} onChange={field.onChange} error={fieldState.error?.message} withAsterisk>
              <Group gap="lg" mt="xs">
                {TIME_OF_DAY_OPTIONS.map((option) => (
                  <Radio key={option.value} value={option.value} label={option.label} onBlur={field.onBlur} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        <SelectField
          control={form.control}
          name="reasonId"
          label="Reason for Visit"
          options={reasonOptions(clinic)}
          description={reason?.description ?? undefined}
          required
        />
        <TextareaField control={form.control} name="message" label="Message" description="Anything the clinic should know (optional)." maxLength={2000} />
        <FormActions submitLabel="Send Request" submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
