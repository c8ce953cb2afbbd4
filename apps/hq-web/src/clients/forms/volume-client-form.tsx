import { SimpleGrid, Stack } from '@mantine/core';
import { type VolumeClientInput, volumeClientInputSchema } from '@tailwise/contracts';
import { formFailureOf } from '@tailwise/web-api';
import { CheckboxField, contractResolver, FormActions, FormAlert, formErrorFor, TextareaField, TextField } from '@tailwise/web-ui';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { AddressFields, EmergencyContactFields, FormSection, PhoneRows } from './form-parts';
import { volumeClientFieldOf, type VolumeClientFormValues, volumeClientToBody } from './volume-client-values';

export interface VolumeClientFormProps {
  defaultValues: VolumeClientFormValues;
  /** Saves the body; a rejection with field issues puts them on the fields. */
  onSubmit: (body: VolumeClientInput) => Promise<unknown>;
  onCancel?: () => void;
  submitLabel?: string;
}

const resolver = contractResolver({ toBody: volumeClientToBody, schema: volumeClientInputSchema, fieldOf: volumeClientFieldOf });

/** Create Volume Client, and the edit form of a volume client's Details. */
export function VolumeClientForm({ defaultValues, onSubmit, onCancel, submitLabel = 'Save Changes' }: VolumeClientFormProps) {
  const form = useForm<VolumeClientFormValues, unknown, VolumeClientInput>({ resolver, defaultValues });
  const { control } = form;
  const [formError, setFormError] = useState<string | null>(null);
  const mailingUsesPhysical = useWatch({ control, name: 'mailingUsesPhysical' });
  const billingUsesPhysical = useWatch({ control, name: 'billingUsesPhysical' });

  const submit = form.handleSubmit(async (body) => {
    setFormError(null);
    try {
      await onSubmit(body);
    } catch (error) {
      setFormError(formErrorFor(formFailureOf(error), form.setError, volumeClientFieldOf));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Volume client">
      <Stack gap="xl" maw={880}>
        <FormAlert message={formError ?? form.formState.errors.root?.message} />

        <FormSection legend="Organization">
          <TextField control={control} name="organizationName" label="Organization name" autoComplete="organization" required />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextField control={control} name="contactFirstName" label="Primary contact first name" autoComplete="given-name" required />
            <TextField control={control} name="contactLastName" label="Primary contact last name" autoComplete="family-name" required />
          </SimpleGrid>
        </FormSection>

        <FormSection legend="Phone numbers" description="At least one number.">
          <PhoneRows control={control} setValue={form.setValue} name="phones" minRows={1} newRowType="work" />
        </FormSection>

        <FormSection legend="Billing">
          <TextField
            control={control}
            name="invoiceEmail"
            label="Invoice email (bill to)"
            description="Where invoices are sent"
            type="email"
            autoComplete="email"
          />
        </FormSection>

        <FormSection legend="Addresses">
          <AddressFields control={control} name="physicalAddress" legend="Physical address" required />
          <AddressFields
            control={control}
            name="mailingAddress"
            legend="Mailing address"
            required
            header={<CheckboxField control={control} name="mailingUsesPhysical" label="Use physical address" />}
            hideFields={mailingUsesPhysical}
          />
          <AddressFields
            control={control}
            name="billingAddress"
            legend="Billing address"
            required
            header={<CheckboxField control={control} name="billingUsesPhysical" label="Use physical address" />}
            hideFields={billingUsesPhysical}
          />
        </FormSection>

        <EmergencyContactFields control={control} name="emergencyContact" />

        <TextareaField control={control} name="notes" label="Notes" />

        <FormActions submitLabel={submitLabel} submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
