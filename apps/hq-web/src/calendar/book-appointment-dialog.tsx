import { Button, Group, Modal, Radio, Select, SimpleGrid, Stack } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { AppointmentType, BookAppointmentInput, CapacityRule, Client, ClientKind } from '@tailwise/contracts';
import {
  CheckboxField,
  contractResolver,
  FormActions,
  FormAlert,
  MOBILE_MEDIA_QUERY,
  NumberField,
  SelectField,
  TextareaField,
  TextField,
} from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { type Control, useController, useForm, useWatch } from 'react-hook-form';
import { appointmentsService } from '../app/api';
import { clientSearchQuery } from '../clients/client-queries';
import { NewClientDialog } from '../clients/new-client-dialog';
import { useSetupFormSubmit } from '../settings/clinic-setup-parts';
import {
  bookingDefaults,
  bookingFieldOf,
  bookingFormSchema,
  bookingToBody,
  type BookingValues,
  booksPlaces,
} from './book-appointment-values';
import { AnimalSelect } from './animal-select';
import { useAppointmentChange } from './calendar-queries';

export interface BookAppointmentDialogProps {
  opened: boolean;
  onClose: () => void;
  clinicId: string;
  /** The clinic's active types and surgery categories, from its setup. */
  appointmentTypes: readonly AppointmentType[];
  capacityRules: readonly CapacityRule[];
  /** Where the form starts: the day the calendar shows, at its opening time. */
  date: string;
  startTime: string;
}

/**
 * New Appointment. The New Client window replaces it while open (two windows would fight over
 * the keyboard focus) and hands back the client it creates; the form keeps what was typed.
 */
export function BookAppointmentDialog({ opened, onClose, clinicId, appointmentTypes, capacityRules, date, startTime }: BookAppointmentDialogProps) {
  const fullScreen = useMediaQuery(MOBILE_MEDIA_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  // While New Client is open: what picks the client it creates in the form.
  const [pickCreated, setPickCreated] = useState<((client: Client) => void) | null>(null);
  const creatingClient = pickCreated !== null;
  const book = useAppointmentChange((body: BookAppointmentInput) => appointmentsService.book(clinicId, body));

  return (
    <>
      <Modal
        opened={opened && !creatingClient}
        onClose={onClose}
        title="New Appointment"
        size="lg"
        fullScreen={fullScreen}
        keepMounted
        closeButtonProps={{ 'aria-label': 'Close dialog' }}
        closeOnClickOutside={false}
      >
        {opened ? (
          <BookAppointmentForm
            appointmentTypes={appointmentTypes}
            capacityRules={capacityRules}
            defaultValues={bookingDefaults(date, startTime)}
            onNewClient={(pick) => setPickCreated(() => pick)}
            onCancel={onClose}
            onSubmit={async (body) => {
              const { appointments } = await book.mutateAsync(body);
              notifications.show({ color: 'teal', message: appointments.length === 1 ? 'Appointment booked' : `${appointments.length} appointments booked` });
              onClose();
            }}
          />
        ) : null}
      </Modal>
      <NewClientDialog
        opened={opened && creatingClient}
        onClose={() => setPickCreated(null)}
        onCreated={(client) => {
          pickCreated?.(client);
          setPickCreated(null);
        }}
      />
    </>
  );
}

export interface BookAppointmentFormProps {
  appointmentTypes: readonly AppointmentType[];
  capacityRules: readonly CapacityRule[];
  defaultValues: BookingValues;
  /** Opens New Client; the form picks the client it creates through `pick`. */
  onNewClient?: (pick: (client: Client) => void) => void;
  onCancel?: () => void;
  onSubmit: (body: BookAppointmentInput) => Promise<unknown>;
}

export function BookAppointmentForm({ appointmentTypes, capacityRules, defaultValues, onNewClient, onCancel, onSubmit }: BookAppointmentFormProps) {
  const types = useMemo(() => appointmentTypes.filter((type) => type.active), [appointmentTypes]);
  const resolver = useMemo(() => contractResolver({ toBody: (values: BookingValues) => bookingToBody(values, types), schema: bookingFormSchema }), [types]);
  const form = useForm<BookingValues, unknown, BookAppointmentInput>({ resolver, defaultValues });
  const { control, setValue } = form;
  // A closed day, a full category or a disabled client is refused naming its field.
  const { submit, formError } = useSetupFormSubmit(form, bookingFieldOf, onSubmit);

  const [picked, setPicked] = useState<PickedClient | null>(null);
  const pick = (client: PickedClient | null) => {
    setPicked(client);
    setValue('clientId', client?.id ?? '', { shouldValidate: form.formState.isSubmitted });
    setValue('clientKind', client?.kind ?? '');
    setValue('animalId', '');
  };

  const [clientId, clientKind, typeId, bookFor] = useWatch({ control, name: ['clientId', 'clientKind', 'appointmentTypeId', 'bookFor'] });
  const type = types.find((t) => t.id === typeId);
  const places = booksPlaces({ clientKind, bookFor }, type);
  const volumeSurgery = clientKind === 'volume' && type?.category === 'surgery';

  return (
    <form onSubmit={submit} noValidate aria-label="New appointment">
      <Stack gap="md">
        <FormAlert message={formError ?? form.formState.errors.root?.message} />
        <Group align="flex-end" gap="sm" wrap="wrap">
          <ClientPicker control={control} picked={picked} onPick={pick} />
          {onNewClient ? (
            <Button variant="default" onClick={() => onNewClient((client) => pick({ id: client.id, name: client.displayName, kind: client.kind }))}>
              New Client
            </Button>
          ) : null}
        </Group>
        <TypeSelect
          control={control}
          types={types}
          onPicked={(picked) => setValue('durationMinutes', picked.defaultDurationMinutes, { shouldDirty: true })}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextField control={control} name="date" label="Date" type="date" required />
          <TextField control={control} name="startTime" label="Start time" type="time" required />
          <NumberField
            control={control}
            name="durationMinutes"
            label="Duration (minutes)"
            description="The type's unless changed"
            min={5}
            max={1440}
            step={5}
            allowNegative={false}
            allowDecimal={false}
          />
        </SimpleGrid>
        {volumeSurgery ? (
          <BookForChoice control={control} />
        ) : null}
        {places ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberField control={control} name="places" label="Places" min={1} max={100} allowNegative={false} allowDecimal={false} required />
            <SelectField
              control={control}
              name="capacityRuleId"
              label="Surgery category"
              options={[{ value: '', label: capacityRules.length ? 'Choose a category' : 'No surgery categories set up' }, ...capacityRules.map((rule) => ({ value: rule.id, label: `${rule.label} (${rule.limit} a day)` }))]}
              required
            />
          </SimpleGrid>
        ) : clientId ? (
          <AnimalSelect control={control} clientId={clientId} />
        ) : null}
        {clientKind === 'volume' ? (
          <CheckboxField control={control} name="release" label="Release to portal" description="The rescue sees these appointments in its portal and fills in the animals." />
        ) : null}
        <TextareaField control={control} name="notes" label="Notes" />
        <FormActions submitLabel="Book Appointment" submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

interface PickedClient {
  id: string;
  name: string;
  kind: ClientKind;
}

const kindText = (kind: ClientKind) => (kind === 'volume' ? 'Volume client' : 'Client');

/** Client: search by name as you type (clients and volume clients; animals' owners are found by their own name). */
function ClientPicker({
  control,
  picked,
  onPick,
}: {
  control: Control<BookingValues, unknown, BookAppointmentInput>;
  picked: PickedClient | null;
  onPick: (client: PickedClient | null) => void;
}) {
  const { field, fieldState } = useController({ control, name: 'clientId' });
  // Taken apart first, as the shared form fields do: the hooks lint reads `field.x` during render as a ref access.
  const { ref, name, value, onBlur } = field;
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const results = useQuery({ ...clientSearchQuery({ q: query, type: 'all', pageSize: 20 }), enabled: query.length >= 2 });

  const found: PickedClient[] = (results.data?.items ?? [])
    .filter((item) => item.kind === 'client')
    .map((item) => ({ id: item.clientId, name: item.title, kind: item.clientKind }));
  const options = [...(picked && !found.some((c) => c.id === picked.id) ? [picked] : []), ...found];

  return (
    <Select
      label="Client"
      placeholder="Type a name to search"
      description="At least 2 letters"
      searchable
      required
      ref={ref}
      name={name}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      onBlur={onBlur}
      // The server has searched already.
      filter={({ options: all }) => all}
      data={options.map((client) => ({ value: client.id, label: `${client.name} (${kindText(client.kind)})` }))}
      nothingFoundMessage={query.length < 2 ? 'Type at least 2 letters' : results.isFetching ? 'Searching…' : 'No client found'}
      onChange={(value) => onPick(options.find((c) => c.id === value) ?? null)}
      error={fieldState.error?.message}
      aria-invalid={fieldState.invalid || undefined}
      style={{ flex: '1 1 260px' }}
    />
  );
}

/** Appointment type: picking one fills in its duration. */
function TypeSelect({
  control,
  types,
  onPicked,
}: {
  control: Control<BookingValues, unknown, BookAppointmentInput>;
  types: readonly AppointmentType[];
  onPicked: (type: AppointmentType) => void;
}) {
  const { field, fieldState } = useController({ control, name: 'appointmentTypeId' });
  const { ref, name, value, onBlur, onChange } = field;
  return (
    <Select
      label="Appointment type"
      required
      allowDeselect={false}
      ref={ref}
      name={name}
      value={value || null}
      onBlur={onBlur}
      data={types.map((type) => ({ value: type.id, label: type.name }))}
      nothingFoundMessage="No active appointment types: add one in Settings → Clinic"
      onChange={(picked) => {
        onChange(picked ?? '');
        const type = types.find((t) => t.id === picked);
        if (type) onPicked(type);
      }}
      error={fieldState.error?.message}
      aria-invalid={fieldState.invalid || undefined}
    />
  );
}

function BookForChoice({ control }: { control: Control<BookingValues, unknown, BookAppointmentInput> }) {
  const { field } = useController({ control, name: 'bookFor' });
  return (
    <Radio.Group label="Book" value={field.value} onChange={(value) => field.onChange(value)} name={field.name}>
      <Group gap="lg" mt={4}>
        <Radio value="places" label="Places (animals named later)" />
        <Radio value="animal" label="One animal" />
      </Group>
    </Radio.Group>
  );
}

