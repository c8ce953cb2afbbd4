import { Badge, Button, Group, Stack } from '@mantine/core';
import { type AppointmentReasonInput, appointmentReasonInputSchema, type AppointmentType } from '@tailwise/contracts';
import { CheckboxField, contractResolver, FormActions, FormAlert, SelectField, TextareaField, TextField } from '@tailwise/web-ui';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ActiveBadge, EditButton, EditItemDialog, SetupTable, useEditableList, useSetupFormSubmit } from './clinic-setup-parts';
import { type ClinicSectionProps, SetupSection } from './clinic-setup-section';
import { clinicSetupService } from '../app/api';

interface ReasonValues {
  name: string;
  description: string;
  appointmentTypeId: string;
  isDefault: boolean;
  isActive: boolean;
}
const REASON_FIELDS = ['name', 'description', 'appointmentTypeId', 'isDefault', 'isActive'] as const;
// The contract's own message for a missing type would be about a malformed id.
const reasonFormSchema = appointmentReasonInputSchema.extend({ appointmentTypeId: z.uuid({ error: 'Choose an appointment type' }) });
const reasonResolver = contractResolver({ toBody: (values: ReasonValues): AppointmentReasonInput => values, schema: reasonFormSchema });

export function ReasonsSection({ setup, canEdit }: ClinicSectionProps) {
  const list = useEditableList(setup.clinic.id, clinicSetupService.createReason, clinicSetupService.updateReason);
  const typeName = (id: string) => setup.appointmentTypes.find((type) => type.id === id)?.name ?? 'Unknown type';
  const noTypes = setup.appointmentTypes.length === 0;

  return (
    <SetupSection
      title="Appointment reasons"
      description={
        noTypes && canEdit
          ? 'What clients pick when they request or book an appointment. Add an appointment type first: each reason uses one.'
          : 'What clients pick when they request or book an appointment; its type gives the duration.'
      }
      actions={
        canEdit ? (
          <Button onClick={list.add} disabled={noTypes}>
            Add Reason
          </Button>
        ) : null
      }
    >
      <SetupTable
        caption="Appointment reasons"
        minWidth={640}
        columns={['Name', 'Description', 'Type', 'Status']}
        items={setup.reasons}
        emptyText="No appointment reasons yet."
        rowHeader={(reason) => (
          <Group gap={6} wrap="wrap">
            <span>{reason.name}</span>
            {reason.isDefault ? (
              <Badge variant="outline" size="sm" color="gray">
                Default
              </Badge>
            ) : null}
          </Group>
        )}
        cells={(reason) => [reason.description ?? '', typeName(reason.appointmentTypeId), <ActiveBadge active={reason.isActive} />]}
        action={canEdit ? (reason) => <EditButton name={reason.name} onClick={() => list.edit(reason)} /> : undefined}
      />
      <EditItemDialog list={list} addLabel="Add Reason">
        {({ item, ...wiring }) => (
          <ReasonForm
            {...wiring}
            types={setup.appointmentTypes}
            defaultValues={
              item
                ? { ...item, description: item.description ?? '' }
                : {
                    name: '',
                    description: '',
                    appointmentTypeId: setup.appointmentTypes.find((t) => t.active)?.id ?? '',
                    isDefault: setup.reasons.length === 0,
                    isActive: true,
                  }
            }
          />
        )}
      </EditItemDialog>
    </SetupSection>
  );
}

export interface ReasonFormProps {
  types: readonly AppointmentType[];
  defaultValues: ReasonValues;
  submitLabel: string;
  onSubmit: (body: AppointmentReasonInput) => Promise<unknown>;
  onCancel?: () => void;
}

export function ReasonForm({ types, defaultValues, submitLabel, onSubmit, onCancel }: ReasonFormProps) {
  const form = useForm<ReasonValues, unknown, AppointmentReasonInput>({ resolver: reasonResolver, defaultValues });
  // Inactive types are offered only to the reason that already uses one.
  const options = types
    .filter((type) => type.active || type.id === defaultValues.appointmentTypeId)
    .map((type) => ({ value: type.id, label: type.name }));
  const { submit, formError } = useSetupFormSubmit(form, REASON_FIELDS, onSubmit);
  return (
    <form onSubmit={submit} noValidate aria-label="Appointment reason">
      <Stack gap="md">
        <FormAlert message={formError} />
        <TextField control={form.control} name="name" label="Name" autoComplete="off" required data-autofocus />
        <TextareaField control={form.control} name="description" label="Description" description="Shown to clients as they pick a reason." />
        <SelectField
          control={form.control}
          name="appointmentTypeId"
          label="Appointment type"
          description="Gives the appointment its duration."
          options={options}
          required
        />
        <CheckboxField control={form.control} name="isDefault" label="Default reason" description="Picked first in the portal; only one reason is the default." />
        <CheckboxField control={form.control} name="isActive" label="Active" />
        <FormActions submitLabel={submitLabel} submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
