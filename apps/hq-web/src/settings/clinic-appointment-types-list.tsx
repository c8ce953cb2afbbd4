import { Button, SimpleGrid, Stack } from '@mantine/core';
import { type AppointmentType, type AppointmentTypeInput, appointmentTypeInputSchema } from '@tailwise/contracts';
import { CheckboxField, contractResolver, FormActions, FormAlert, NumberField, SelectField, TextField } from '@tailwise/web-ui';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { CATEGORY_OPTIONS, categoryLabel, durationText } from './clinic-setup-labels';
import { ActiveBadge, EditButton, EditItemDialog, SetupTable, useEditableList, useSetupFormSubmit } from './clinic-setup-parts';
import { type ClinicSectionProps, SetupSection } from './clinic-setup-section';
import { clinicSetupService } from '../app/api';

interface TypeValues {
  name: string;
  category: AppointmentType['category'];
  defaultDurationMinutes: number | string;
  active: boolean;
}
const TYPE_FIELDS = ['name', 'category', 'defaultDurationMinutes', 'active'] as const;

const typeToBody = (values: TypeValues): AppointmentTypeInput => ({
  ...values,
  defaultDurationMinutes: values.defaultDurationMinutes === '' ? Number.NaN : Number(values.defaultDurationMinutes),
});
// The contract's own message for an empty number would be about NaN.
const typeFormSchema = z.looseObject({ defaultDurationMinutes: z.number({ error: 'Enter the duration in minutes' }) }).pipe(appointmentTypeInputSchema);
const typeResolver = contractResolver({ toBody: typeToBody, schema: typeFormSchema });

export function AppointmentTypesSection({ setup, canEdit }: ClinicSectionProps) {
  const list = useEditableList(setup.clinic.id, clinicSetupService.createAppointmentType, clinicSetupService.updateAppointmentType);

  return (
    <SetupSection
      title="Appointment types"
      description="What the calendar books, and how long each takes unless changed."
      actions={canEdit ? <Button onClick={list.add}>Add Appointment Type</Button> : null}
    >
      <SetupTable
        caption="Appointment types"
        minWidth={560}
        columns={['Name', 'Category', 'Default duration', 'Status']}
        items={setup.appointmentTypes}
        emptyText="No appointment types yet."
        rowHeader={(type) => type.name}
        cells={(type) => [categoryLabel(type.category), durationText(type.defaultDurationMinutes), <ActiveBadge active={type.active} />]}
        action={canEdit ? (type) => <EditButton name={type.name} onClick={() => list.edit(type)} /> : undefined}
      />
      <EditItemDialog list={list} addLabel="Add Appointment Type">
        {({ item, ...wiring }) => (
          <AppointmentTypeForm {...wiring} defaultValues={item ? { ...item } : { name: '', category: 'wellness', defaultDurationMinutes: 30, active: true }} />
        )}
      </EditItemDialog>
    </SetupSection>
  );
}

export interface AppointmentTypeFormProps {
  defaultValues: TypeValues;
  submitLabel: string;
  onSubmit: (body: AppointmentTypeInput) => Promise<unknown>;
  onCancel?: () => void;
}

export function AppointmentTypeForm({ defaultValues, submitLabel, onSubmit, onCancel }: AppointmentTypeFormProps) {
  const form = useForm<TypeValues, unknown, AppointmentTypeInput>({ resolver: typeResolver, defaultValues });
  // A name the clinic already uses is a 409 with its own message.
  const { submit, formError } = useSetupFormSubmit(form, TYPE_FIELDS, onSubmit);
  return (
    <form onSubmit={submit} noValidate aria-label="Appointment type">
      <Stack gap="md">
        <FormAlert message={formError ?? form.formState.errors.root?.message} />
        <TextField control={form.control} name="name" label="Name" autoComplete="off" required data-autofocus />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <SelectField control={form.control} name="category" label="Category" options={CATEGORY_OPTIONS} required />
          <NumberField
            control={form.control}
            name="defaultDurationMinutes"
            label="Default duration (minutes)"
            description="5 to 1440, in steps of 5"
            min={5}
            max={1440}
            step={5}
            allowNegative={false}
            allowDecimal={false}
            required
          />
        </SimpleGrid>
        <CheckboxField control={form.control} name="active" label="Active" description="Inactive types can't be booked or picked for a reason." />
        <FormActions submitLabel={submitLabel} submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
