import { SimpleGrid, Stack } from '@mantine/core';
import {
  type Appointment,
  type AppointmentAnimalInput,
  appointmentAnimalInputSchema,
  type MoveAppointmentInput,
  moveAppointmentInputSchema,
} from '@tailwise/contracts';
import { CheckboxField, contractResolver, FormActions, FormAlert, NumberField, SelectField, TextField } from '@tailwise/web-ui';
import { useForm } from 'react-hook-form';
import { ANIMAL_SEX_OPTIONS, SPECIES_OPTIONS } from '../clients/client-labels';
import { useSetupFormSubmit } from '../settings/clinic-setup-parts';

interface FormWiring<TBody> {
  onSubmit: (body: TBody) => Promise<unknown>;
  onCancel: () => void;
}

// ---------------------------------------------------------------- Move

interface MoveValues {
  date: string;
  startTime: string;
  durationMinutes: number | string;
}
const MOVE_FIELDS = ['date', 'startTime', 'durationMinutes'] as const;

const moveToBody = (values: MoveValues): MoveAppointmentInput => ({
  date: values.date,
  startTime: values.startTime,
  ...(values.durationMinutes === '' ? {} : { durationMinutes: Number(values.durationMinutes) }),
});
const moveResolver = contractResolver({ toBody: moveToBody, schema: moveAppointmentInputSchema });

/** Another date and time; a surgery place that the new day has no room for is refused under Date. */
export function MoveForm({ appointment, onSubmit, onCancel }: FormWiring<MoveAppointmentInput> & { appointment: Appointment }) {
  const form = useForm<MoveValues, unknown, MoveAppointmentInput>({
    resolver: moveResolver,
    defaultValues: { date: appointment.date, startTime: appointment.startTime, durationMinutes: appointment.durationMinutes },
  });
  const { submit, formError } = useSetupFormSubmit(form, MOVE_FIELDS, onSubmit);
  return (
    <form onSubmit={submit} noValidate aria-label="Move appointment">
      <Stack gap="md">
        <FormAlert message={formError ?? form.formState.errors.root?.message} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextField control={form.control} name="date" label="Date" type="date" required data-autofocus />
          <TextField control={form.control} name="startTime" label="Start time" type="time" required />
          <NumberField control={form.control} name="durationMinutes" label="Duration (minutes)" min={5} max={1440} step={5} allowNegative={false} allowDecimal={false} />
        </SimpleGrid>
        <FormActions submitLabel="Move Appointment" submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

// ---------------------------------------------------------------- Animal details

interface AnimalValues {
  name: string;
  species: AppointmentAnimalInput['species'];
  sex: NonNullable<AppointmentAnimalInput['sex']>;
  weightKg: number | string;
  arrivingInTrap: boolean;
}
const ANIMAL_FIELDS = ['name', 'species', 'sex', 'weightKg', 'arrivingInTrap'] as const;

export const animalToBody = (values: AnimalValues): AppointmentAnimalInput => ({
  ...values,
  weightKg: values.weightKg === '' ? null : Number(values.weightKg),
});
const animalResolver = contractResolver({ toBody: animalToBody, schema: appointmentAnimalInputSchema });

export function animalToValues(appointment: Pick<Appointment, 'animal'>): AnimalValues {
  const animal = appointment.animal;
  return {
    name: animal?.name ?? '',
    species: animal?.species ?? 'cat',
    sex: animal?.sex ?? 'unknown',
    weightKg: animal?.weightKg ?? '',
    arrivingInTrap: animal?.arrivingInTrap ?? false,
  };
}

/** The animal the appointment is for, as the clinic records it on the day (e.g. a released place's cat). */
export function AnimalDetailsForm({ appointment, onSubmit, onCancel }: FormWiring<AppointmentAnimalInput> & { appointment: Appointment }) {
  const form = useForm<AnimalValues, unknown, AppointmentAnimalInput>({ resolver: animalResolver, defaultValues: animalToValues(appointment) });
  const { submit, formError } = useSetupFormSubmit(form, ANIMAL_FIELDS, onSubmit);
  return (
    <form onSubmit={submit} noValidate aria-label="Animal details">
      <Stack gap="md">
        <FormAlert message={formError ?? form.formState.errors.root?.message} />
        <TextField control={form.control} name="name" label="Animal name" autoComplete="off" required data-autofocus />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <SelectField control={form.control} name="species" label="Species" options={SPECIES_OPTIONS} required />
          <SelectField control={form.control} name="sex" label="Sex" options={ANIMAL_SEX_OPTIONS} />
          <NumberField control={form.control} name="weightKg" label="Weight (kg)" min={0} max={200} decimalScale={2} allowNegative={false} />
        </SimpleGrid>
        <CheckboxField control={form.control} name="arrivingInTrap" label="Arriving in a trap" />
        <FormActions submitLabel="Save Animal" submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
