import { Group, SimpleGrid, Stack } from '@mantine/core';
import { type AnimalInput, animalInputSchema } from '@tailwise/contracts';
import { formFailureOf } from '@tailwise/web-api';
import { CheckboxField, contractResolver, FormActions, FormAlert, formErrorFor, NumberField, SelectField, TextField } from '@tailwise/web-ui';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ALTERED_OPTIONS, ANIMAL_SEX_OPTIONS, ANIMAL_STATUS_OPTIONS, SPECIES_OPTIONS } from '../client-labels';
import { animalFieldOf, type AnimalFormValues, animalToBody } from './animal-values';
import { FormSection } from './form-parts';

export interface AnimalFormProps {
  defaultValues: AnimalFormValues;
  onSubmit: (body: AnimalInput) => Promise<unknown>;
  onCancel?: () => void;
  submitLabel: string;
}

const resolver = contractResolver({ toBody: animalToBody, schema: animalInputSchema, fieldOf: animalFieldOf });

const WEIGHT_UNITS = [
  { value: 'lb', label: 'lb' },
  { value: 'kg', label: 'kg' },
];
const AGE_UNITS = [
  { value: 'months', label: 'months' },
  { value: 'years', label: 'years' },
];

/** An animal: who it is, its age (a date of birth or an estimate), weight in kg or lb, microchip and status. */
export function AnimalForm({ defaultValues, onSubmit, onCancel, submitLabel }: AnimalFormProps) {
  const form = useForm<AnimalFormValues, unknown, AnimalInput>({ resolver, defaultValues });
  const { control } = form;
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
    <form onSubmit={submit} noValidate aria-label="Animal">
      <Stack gap="md">
        <FormAlert message={formError ?? form.formState.errors.root?.message} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextField control={control} name="name" label="Name" autoComplete="off" required data-autofocus />
          <SelectField control={control} name="species" label="Species" options={SPECIES_OPTIONS} required />
          <SelectField control={control} name="sex" label="Sex" options={ANIMAL_SEX_OPTIONS} />
          <SelectField control={control} name="altered" label="Altered status" options={ALTERED_OPTIONS} />
          <TextField control={control} name="breed" label="Breed" autoComplete="off" />
          <TextField control={control} name="colour" label="Colour" autoComplete="off" />
        </SimpleGrid>

        <FormSection legend="Age" description="A date of birth, or an estimated age when it is not known.">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextField control={control} name="dateOfBirth" label="Date of birth" type="date" />
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <NumberField control={control} name="estimatedAge" label="Estimated age" min={0} allowNegative={false} decimalScale={1} style={{ flex: 1 }} />
              <SelectField control={control} name="estimatedAgeUnit" label="Unit" aria-label="Age unit" options={AGE_UNITS} w={120} />
            </Group>
          </SimpleGrid>
        </FormSection>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <NumberField control={control} name="weight" label="Weight" min={0} allowNegative={false} decimalScale={3} style={{ flex: 1 }} />
            <SelectField control={control} name="weightUnit" label="Unit" aria-label="Weight unit" options={WEIGHT_UNITS} w={96} />
          </Group>
          <TextField control={control} name="microchip" label="Microchip" description="9 to 15 letters or digits" autoComplete="off" />
          <SelectField control={control} name="status" label="Status" options={ANIMAL_STATUS_OPTIONS} />
        </SimpleGrid>

        <CheckboxField
          control={control}
          name="arrivingInTrap"
          label="Cat arriving in a trap"
          description="A community cat that is handled without touching"
        />

        <FormActions submitLabel={submitLabel} submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
