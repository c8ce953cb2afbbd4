import { SimpleGrid, Stack } from '@mantine/core';
import { type AppointmentAnimal, type AppointmentAnimalInput, appointmentAnimalInputSchema } from '@tailwise/contracts';
import { formFailureOf } from '@tailwise/web-api';
import { CheckboxField, contractResolver, FormActions, FormAlert, formErrorFor, NumberField, SelectField, TextField } from '@tailwise/web-ui';
import { useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { SEX_OPTIONS, SPECIES_OPTIONS } from './appointment-labels';

/** The animal as the form holds it: the weight as typed (`''` when not given). */
export interface AnimalDetailsValues {
  name: string;
  species: AppointmentAnimalInput['species'];
  sex: NonNullable<AppointmentAnimalInput['sex']>;
  weightKg: number | string;
  arrivingInTrap: boolean;
}

const FIELDS = new Set<string>(['name', 'species', 'sex', 'weightKg', 'arrivingInTrap']);

/**
 * The field that shows an issue: the gateway names body fields (`weightKg`), the service
 * names them under `animal.`. A refusal about the whole animal (`animal`: no place left that
 * day) shows above the form.
 */
export function animalFieldOf(path: string): FieldPath<AnimalDetailsValues> | null {
  const field = path.replace(/^animal\./, '');
  return FIELDS.has(field) ? (field as FieldPath<AnimalDetailsValues>) : null;
}

export function animalDetailsValues(animal: AppointmentAnimal | null): AnimalDetailsValues {
  if (!animal) return { name: '', species: 'cat', sex: 'unknown', weightKg: '', arrivingInTrap: false };
  const { name, species, sex, weightKg, arrivingInTrap } = animal;
  return { name, species, sex, weightKg: weightKg ?? '', arrivingInTrap };
}

export const animalDetailsToBody = (values: AnimalDetailsValues): AppointmentAnimalInput => ({
  ...values,
  name: values.name.trim(),
  weightKg: values.weightKg === '' ? null : Number(values.weightKg),
});

const resolver = contractResolver({ toBody: animalDetailsToBody, schema: appointmentAnimalInputSchema, fieldOf: animalFieldOf });

export interface AnimalDetailsFormProps {
  defaultValues: AnimalDetailsValues;
  onSubmit: (body: AppointmentAnimalInput) => Promise<unknown>;
  onCancel: () => void;
}

/** Animal details of a released appointment: what the clinic needs to hold the right surgery place. */
export function AnimalDetailsForm({ defaultValues, onSubmit, onCancel }: AnimalDetailsFormProps) {
  const form = useForm<AnimalDetailsValues, unknown, AppointmentAnimalInput>({ resolver, defaultValues });
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (body) => {
    setFormError(null);
    try {
      await onSubmit(body);
    } catch (error) {
      setFormError(formErrorFor(formFailureOf(error), form.setError, animalFieldOf));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Animal details">
      <Stack gap="md">
        <FormAlert message={formError ?? form.formState.errors.root?.message} />
        <TextField control={form.control} name="name" label="Name" autoComplete="off" required data-autofocus />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <SelectField control={form.control} name="species" label="Species" options={SPECIES_OPTIONS} required />
          <SelectField control={form.control} name="sex" label="Sex" options={SEX_OPTIONS} />
        </SimpleGrid>
        <NumberField
          control={form.control}
          name="weightKg"
          label="Weight (kg)"
          description="The clinic holds the surgery place that fits the weight."
          min={0}
          max={200}
          decimalScale={3}
          allowNegative={false}
        />
        <CheckboxField control={form.control} name="arrivingInTrap" label="Arriving in trap" description="A community cat the clinic should not handle awake." />
        <FormActions submitLabel="Save Animal Details" submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
