import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Group, Modal, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  type AppointmentReason,
  type AppointmentReasonInput,
  appointmentReasonInputSchema,
  type AppointmentType,
  type AppointmentTypeInput,
  appointmentTypeInputSchema,
  type Closure,
  type ClosureInput,
  closureInputSchema,
} from '@tailwise/contracts';
import { formFailureOf } from '@tailwise/web-api';
import {
  CheckboxField,
  ConfirmDialog,
  contractResolver,
  FormActions,
  FormAlert,
  formErrorFor,
  MOBILE_MEDIA_QUERY,
  NumberField,
  SelectField,
  TextareaField,
  TextField,
} from '@tailwise/web-ui';
import { type ReactNode, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { CATEGORY_OPTIONS, categoryLabel, durationText, formatLocalDate } from './clinic-setup-labels';
import { type ClinicSectionProps, SetupSection } from './clinic-setup-section';
import { clinicSetupService } from '../app/api';
import { useClinicSetupChange } from './clinic-setup-queries';

function SetupDialog({ title, opened, onClose, children }: { title: string; opened: boolean; onClose: () => void; children: ReactNode }) {
  const fullScreen = useMediaQuery(MOBILE_MEDIA_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" fullScreen={fullScreen} closeButtonProps={{ 'aria-label': 'Close dialog' }} closeOnClickOutside={false}>
      {children}
    </Modal>
  );
}

// ---------------------------------------------------------------- closures and holidays

const CLOSURE_FIELDS = ['startDate', 'endDate', 'reason'] as const;

export const closureDates = (closure: Pick<Closure, 'startDate' | 'endDate'>) =>
  closure.startDate === closure.endDate ? formatLocalDate(closure.startDate) : `${formatLocalDate(closure.startDate)} to ${formatLocalDate(closure.endDate)}`;

export const deleteClosureMessage = (closure: Closure) =>
  `This permanently deletes the closure "${closure.reason}" (${closureDates(closure)}) and can't be undone: the clinic is open again on those days, by its hours of operation.`;

export function ClosuresSection({ setup, canEdit }: ClinicSectionProps) {
  const clinicId = setup.clinic.id;
  const create = useClinicSetupChange(clinicId, clinicSetupService.createClosure);
  const remove = useClinicSetupChange(clinicId, clinicSetupService.removeClosure);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Closure | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const closures = [...setup.closures].sort((a, b) => a.startDate.localeCompare(b.startDate));

  return (
    <SetupSection
      title="Closures and holidays"
      description="Days the clinic is closed whatever its hours; the end date is included."
      actions={canEdit ? <Button onClick={() => setAdding(true)}>Add Closure</Button> : null}
    >
      <Stack gap="sm">
        <FormAlert message={failure} />
        {closures.length === 0 ? (
          <Text c="dimmed">No closures or holidays yet.</Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table striped verticalSpacing="xs">
              <VisuallyHidden component="caption">Closures and holidays</VisuallyHidden>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Reason</Table.Th>
                  <Table.Th scope="col">Dates</Table.Th>
                  {canEdit ? (
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {closures.map((closure) => (
                  <Table.Tr key={closure.id}>
                    <Table.Th scope="row" fw={500}>
                      {closure.reason}
                    </Table.Th>
                    <Table.Td>{closureDates(closure)}</Table.Td>
                    {canEdit ? (
                      <Table.Td>
                        <Group justify="flex-end">
                          <Button
                            color="red"
                            variant="subtle"
                            size="compact-sm"
                            onClick={() => setDeleting(closure)}
                            aria-label={`Delete closure ${closure.reason} (${closureDates(closure)})`}
                          >
                            Delete
                          </Button>
                        </Group>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <SetupDialog title="Add Closure" opened={adding} onClose={() => setAdding(false)}>
        <ClosureForm
          onCancel={() => setAdding(false)}
          onSubmit={async (body) => {
            const saved = await create.mutateAsync(body);
            setAdding(false);
            notifications.show({ color: 'teal', message: `Closure "${saved.reason}" added` });
          }}
        />
      </SetupDialog>
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this closure?"
        message={deleting ? deleteClosureMessage(deleting) : ''}
        confirmLabel="Delete"
        danger
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          setFailure(null);
          remove.mutate(deleting.id, {
            onSuccess: () => notifications.show({ color: 'teal', message: `Closure "${deleting.reason}" deleted` }),
            onError: (error) => setFailure(error.message),
            onSettled: () => setDeleting(null),
          });
        }}
      />
    </SetupSection>
  );
}

export function ClosureForm({ onSubmit, onCancel }: { onSubmit: (body: ClosureInput) => Promise<unknown>; onCancel?: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ClosureInput, unknown, ClosureInput>({
    resolver: zodResolver(closureInputSchema),
    defaultValues: { startDate: '', endDate: '', reason: '' },
  });
  const submit = form.handleSubmit(async (body) => {
    setFormError(null);
    try {
      await onSubmit(body);
    } catch (error) {
      setFormError(formErrorFor(formFailureOf(error), form.setError, CLOSURE_FIELDS));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Closure">
      <Stack gap="md">
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextField control={form.control} name="startDate" label="Start date" type="date" required data-autofocus />
          <TextField control={form.control} name="endDate" label="End date" type="date" description="Included; the same as the start for one day." required />
        </SimpleGrid>
        <TextField control={form.control} name="reason" label="Reason" autoComplete="off" placeholder="e.g. Christmas" required />
        <FormActions submitLabel="Add Closure" submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

// ---------------------------------------------------------------- appointment types

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

type Editing<T> = { mode: 'create' } | { mode: 'edit'; item: T } | null;

export function AppointmentTypesSection({ setup, canEdit }: ClinicSectionProps) {
  const clinicId = setup.clinic.id;
  const create = useClinicSetupChange(clinicId, clinicSetupService.createAppointmentType);
  const update = useClinicSetupChange(clinicId, (id: string, { itemId, body }: { itemId: string; body: AppointmentTypeInput }) =>
    clinicSetupService.updateAppointmentType(id, itemId, body),
  );
  const [editing, setEditing] = useState<Editing<AppointmentType>>(null);

  return (
    <SetupSection
      title="Appointment types"
      description="What the calendar books, and how long each takes unless changed."
      actions={canEdit ? <Button onClick={() => setEditing({ mode: 'create' })}>Add Appointment Type</Button> : null}
    >
      {setup.appointmentTypes.length === 0 ? (
        <Text c="dimmed">No appointment types yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing="xs">
            <VisuallyHidden component="caption">Appointment types</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Category</Table.Th>
                <Table.Th scope="col">Default duration</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                {canEdit ? (
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {setup.appointmentTypes.map((type) => (
                <Table.Tr key={type.id}>
                  <Table.Th scope="row" fw={500}>
                    {type.name}
                  </Table.Th>
                  <Table.Td>{categoryLabel(type.category)}</Table.Td>
                  <Table.Td>{durationText(type.defaultDurationMinutes)}</Table.Td>
                  <Table.Td>
                    <ActiveBadge active={type.active} />
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Group justify="flex-end">
                        <Button variant="subtle" size="compact-sm" onClick={() => setEditing({ mode: 'edit', item: type })} aria-label={`Edit ${type.name}`}>
                          Edit
                        </Button>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SetupDialog title={editing?.mode === 'edit' ? `Edit ${editing.item.name}` : 'Add Appointment Type'} opened={editing !== null} onClose={() => setEditing(null)}>
        {editing ? (
          <AppointmentTypeForm
            defaultValues={
              editing.mode === 'edit'
                ? { ...editing.item }
                : { name: '', category: 'wellness', defaultDurationMinutes: 30, active: true }
            }
            submitLabel={editing.mode === 'edit' ? 'Save Changes' : 'Add Appointment Type'}
            onCancel={() => setEditing(null)}
            onSubmit={async (body) => {
              const saved = editing.mode === 'edit' ? await update.mutateAsync({ itemId: editing.item.id, body }) : await create.mutateAsync(body);
              setEditing(null);
              notifications.show({ color: 'teal', message: `${saved.name} saved` });
            }}
          />
        ) : null}
      </SetupDialog>
    </SetupSection>
  );
}

function ActiveBadge({ active }: { active: boolean }) {
  return (
    <Badge variant="light" color={active ? 'teal' : 'gray'}>
      {active ? 'Active' : 'Inactive'}
    </Badge>
  );
}

export interface AppointmentTypeFormProps {
  defaultValues: TypeValues;
  submitLabel: string;
  onSubmit: (body: AppointmentTypeInput) => Promise<unknown>;
  onCancel?: () => void;
}

export function AppointmentTypeForm({ defaultValues, submitLabel, onSubmit, onCancel }: AppointmentTypeFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TypeValues, unknown, AppointmentTypeInput>({ resolver: typeResolver, defaultValues });
  const submit = form.handleSubmit(async (body) => {
    setFormError(null);
    try {
      await onSubmit(body);
    } catch (error) {
      // A name the clinic already uses is a 409 with its own message.
      setFormError(formErrorFor(formFailureOf(error), form.setError, TYPE_FIELDS));
    }
  });
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

// ---------------------------------------------------------------- appointment reasons

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
  const clinicId = setup.clinic.id;
  const create = useClinicSetupChange(clinicId, clinicSetupService.createReason);
  const update = useClinicSetupChange(clinicId, (id: string, { itemId, body }: { itemId: string; body: AppointmentReasonInput }) =>
    clinicSetupService.updateReason(id, itemId, body),
  );
  const [editing, setEditing] = useState<Editing<AppointmentReason>>(null);
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
          <Button onClick={() => setEditing({ mode: 'create' })} disabled={noTypes}>
            Add Reason
          </Button>
        ) : null
      }
    >
      {setup.reasons.length === 0 ? (
        <Text c="dimmed">No appointment reasons yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs">
            <VisuallyHidden component="caption">Appointment reasons</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Description</Table.Th>
                <Table.Th scope="col">Type</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                {canEdit ? (
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {setup.reasons.map((reason) => (
                <Table.Tr key={reason.id}>
                  <Table.Th scope="row" fw={500}>
                    <Group gap={6} wrap="wrap">
                      <span>{reason.name}</span>
                      {reason.isDefault ? (
                        <Badge variant="outline" size="sm" color="gray">
                          Default
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Th>
                  <Table.Td>{reason.description ?? ''}</Table.Td>
                  <Table.Td>{typeName(reason.appointmentTypeId)}</Table.Td>
                  <Table.Td>
                    <ActiveBadge active={reason.isActive} />
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Group justify="flex-end">
                        <Button variant="subtle" size="compact-sm" onClick={() => setEditing({ mode: 'edit', item: reason })} aria-label={`Edit ${reason.name}`}>
                          Edit
                        </Button>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SetupDialog title={editing?.mode === 'edit' ? `Edit ${editing.item.name}` : 'Add Reason'} opened={editing !== null} onClose={() => setEditing(null)}>
        {editing ? (
          <ReasonForm
            types={setup.appointmentTypes}
            defaultValues={
              editing.mode === 'edit'
                ? { ...editing.item, description: editing.item.description ?? '' }
                : {
                    name: '',
                    description: '',
                    appointmentTypeId: setup.appointmentTypes.find((t) => t.active)?.id ?? '',
                    isDefault: setup.reasons.length === 0,
                    isActive: true,
                  }
            }
            submitLabel={editing.mode === 'edit' ? 'Save Changes' : 'Add Reason'}
            onCancel={() => setEditing(null)}
            onSubmit={async (body) => {
              const saved = editing.mode === 'edit' ? await update.mutateAsync({ itemId: editing.item.id, body }) : await create.mutateAsync(body);
              setEditing(null);
              notifications.show({ color: 'teal', message: `${saved.name} saved` });
            }}
          />
        ) : null}
      </SetupDialog>
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
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ReasonValues, unknown, AppointmentReasonInput>({ resolver: reasonResolver, defaultValues });
  // Inactive types are offered only to the reason that already uses one.
  const options = types
    .filter((type) => type.active || type.id === defaultValues.appointmentTypeId)
    .map((type) => ({ value: type.id, label: type.name }));
  const submit = form.handleSubmit(async (body) => {
    setFormError(null);
    try {
      await onSubmit(body);
    } catch (error) {
      setFormError(formErrorFor(formFailureOf(error), form.setError, REASON_FIELDS));
    }
  });
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
