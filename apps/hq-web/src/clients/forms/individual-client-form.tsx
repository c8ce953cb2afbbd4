import { Accordion, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { type ClinicSummary, type IndividualClientInput, individualClientInputSchema } from '@tailwise/contracts';
import { formFailureOf } from '@tailwise/web-api';
import { CheckboxField, contractResolver, FormActions, FormAlert, formErrorFor, NumberField, SelectField, type SelectOption, TextareaField, TextField } from '@tailwise/web-ui';
import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { timeZoneOptions } from '../../auth/time-zones';
import {
  COVERAGE_OPTIONS,
  LANGUAGE_OPTIONS,
  PRONOUN_OPTIONS,
  SALUTATION_OPTIONS,
  SEX_AT_BIRTH_SUGGESTIONS,
  withValue,
} from '../client-labels';
import { AddressFields, EmergencyContactFields, FormSection, PhoneRows } from './form-parts';
import {
  type AdvancedSection,
  advancedSectionOf,
  individualClientFieldOf,
  type IndividualClientFormValues,
  individualClientToBody,
} from './individual-client-values';

export interface IndividualClientFormProps {
  defaultValues: IndividualClientFormValues;
  /** Saves the body; a rejection with field issues puts them on the fields. */
  onSubmit: (body: IndividualClientInput) => Promise<unknown>;
  onCancel?: () => void;
  submitLabel: string;
  /** The organization's clinics, for "treated at". */
  clinics: readonly ClinicSummary[];
  /** Start with the Advanced sections open (editing a saved client). */
  advancedOpen?: boolean;
}

const resolver = contractResolver({ toBody: individualClientToBody, schema: individualClientInputSchema, fieldOf: individualClientFieldOf });

const ALL_SECTIONS: AdvancedSection[] = ['details', 'contact', 'billing'];

/** Create Client (a pet owner): the Basic fields, then the Advanced sections, folded until needed. */
export function IndividualClientForm({ defaultValues, onSubmit, onCancel, submitLabel, clinics, advancedOpen = false }: IndividualClientFormProps) {
  const form = useForm<IndividualClientFormValues, unknown, IndividualClientInput>({ resolver, defaultValues });
  const { control } = form;
  const [formError, setFormError] = useState<string | null>(null);
  const [openSections, setOpenSections] = useState<string[]>(advancedOpen ? ALL_SECTIONS : []);
  const sexListId = useId();
  const advancedId = useId();
  const coverageType = useWatch({ control, name: 'coverageType' });

  const timeZones = useMemo<SelectOption[]>(
    () => [{ value: '', label: 'Not set' }, ...timeZoneOptions(defaultValues.timeZone || 'UTC')],
    [defaultValues.timeZone],
  );
  const languages = useMemo(() => withValue(LANGUAGE_OPTIONS, defaultValues.preferredLanguage), [defaultValues.preferredLanguage]);
  const salutations = useMemo(() => withValue(SALUTATION_OPTIONS, defaultValues.salutation), [defaultValues.salutation]);
  const pronouns = useMemo(() => withValue(PRONOUN_OPTIONS, defaultValues.pronouns), [defaultValues.pronouns]);
  const clinicOptions = useMemo<SelectOption[]>(
    () =>
      withValue(
        [{ value: '', label: 'Not set' }, ...clinics.map((clinic) => ({ value: clinic.id, label: clinic.name }))],
        defaultValues.treatingClinicId,
        'Another clinic',
      ),
    [clinics, defaultValues.treatingClinicId],
  );

  /** Unfolds the sections holding these fields, so their errors can be seen. */
  const reveal = (fields: readonly string[]) => {
    const sections = fields.map(advancedSectionOf).filter((section): section is AdvancedSection => section !== null);
    if (sections.length > 0) setOpenSections((open) => [...new Set([...open, ...sections])]);
  };

  const submit = form.handleSubmit(
    async (body) => {
      setFormError(null);
      try {
        await onSubmit(body);
      } catch (error) {
        const failure = formFailureOf(error);
        setFormError(formErrorFor(failure, form.setError, individualClientFieldOf));
        const fields = 'issues' in failure ? failure.issues.map((issue) => individualClientFieldOf(issue.path)).filter((f) => f !== null) : [];
        reveal(fields);
        // Once its section has unfolded, the first field with an error takes the focus.
        if (fields[0]) setTimeout(() => form.setFocus(fields[0]));
      }
    },
    // The form focuses the first error itself, after this has unfolded its section.
    (errors) => reveal(Object.keys(errors)),
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Client">
      <Stack gap="lg">
        <FormAlert message={formError ?? form.formState.errors.root?.message} />

        <FormSection legend="Basic">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextField control={control} name="firstName" label="First name" autoComplete="off" required />
            <TextField control={control} name="lastName" label="Last name" autoComplete="off" required />
            <SelectField control={control} name="preferredLanguage" label="Preferred language" options={languages} />
            <SelectField control={control} name="timeZone" label="Time zone" options={timeZones} />
          </SimpleGrid>
          <TextField control={control} name="email" label="Email" type="email" autoComplete="off" />
          <CheckboxField
            control={control}
            name="emailConsent"
            label="Email Communication"
            description="Needed to receive appointment links and access codes by email"
          />
          <TextField control={control} name="mobile" label="Mobile" type="tel" autoComplete="off" />
          <Group gap="lg">
            <CheckboxField control={control} name="smsConsent" label="SMS Communication" description="Notifications by text message" />
            <CheckboxField control={control} name="mobileIsPrimary" label="Primary" description="The mobile is the primary number" />
          </Group>
          <CheckboxField
            control={control}
            name="allowLogin"
            label="Allow login?"
            description="The email becomes the client's portal username; a claim email valid for 72 hours is sent"
          />
        </FormSection>

        <div>
          <Text fw={650} size="lg" mb={4} id={advancedId}>
            Advanced
          </Text>
          <Accordion
            multiple
            value={openSections}
            onChange={setOpenSections}
            variant="separated"
            keepMountedMode="display-none"
            transitionDuration={0}
            aria-labelledby={advancedId}
          >
            <Accordion.Item value="details">
              <Accordion.Control>Client Details</Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <SelectField control={control} name="salutation" label="Salutation" options={salutations} />
                    <SelectField control={control} name="pronouns" label="Pronouns" options={pronouns} />
                    <TextField
                      control={control}
                      name="sexAssignedAtBirth"
                      label="Sex assigned at birth"
                      description="Pick or type"
                      list={sexListId}
                      autoComplete="off"
                    />
                    <TextField control={control} name="dateOfBirth" label="Date of birth" type="date" />
                  </SimpleGrid>
                  <datalist id={sexListId}>
                    {SEX_AT_BIRTH_SUGGESTIONS.map((option) => (
                      <option key={option} value={option} />
                    ))}
                  </datalist>
                  <CheckboxField control={control} name="voiceConsent" label="Voice Communication" description="Consents to voice notifications" />
                  <AddressFields control={control} name="address" legend="Address" />
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <TextField control={control} name="referringProvider" label="Referring provider" />
                    <TextField control={control} name="veteranId" label="Veteran ID" />
                    <SelectField control={control} name="treatingClinicId" label="Treating clinic" description="Where the client is treated" options={clinicOptions} />
                  </SimpleGrid>
                  <CheckboxField control={control} name="qualified" label="Qualified" description="e.g. for a low-cost or assistance program" />
                  <TextareaField
                    control={control}
                    name="alert"
                    label="Client Alert"
                    description="Shown to everyone on the client's profile and appointment details"
                  />
                  <TextareaField control={control} name="notes" label="Notes" />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>

            <Accordion.Item value="contact">
              <Accordion.Control>Contact Information</Accordion.Control>
              <Accordion.Panel>
                <Stack gap="md">
                  <FormSection legend="Other numbers">
                    <PhoneRows control={control} setValue={form.setValue} name="otherPhones" newRowType="home" addLabel="Add another number" />
                  </FormSection>
                  <EmergencyContactFields control={control} name="emergencyContact" />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>

            <Accordion.Item value="billing">
              <Accordion.Control>Billing and Coverage</Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <SelectField control={control} name="coverageType" label="Pet insurance or fee program" options={COVERAGE_OPTIONS} />
                  {coverageType === 'none' ? null : (
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                      <TextField
                        control={control}
                        name="coverageProvider"
                        label={coverageType === 'pet-insurance' ? 'Insurance company' : 'Fee program'}
                      />
                      <TextField
                        control={control}
                        name="coverageNumber"
                        label={coverageType === 'pet-insurance' ? 'Policy number' : 'Fee program number'}
                      />
                    </SimpleGrid>
                  )}
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                    <TextField control={control} name="authorizationNumber" label="Authorization number" />
                    <TextField control={control} name="caseNumber" label="Case number" />
                    <NumberField control={control} name="numberOfSessions" label="Number of sessions" min={0} allowDecimal={false} allowNegative={false} />
                  </SimpleGrid>
                  <TextareaField control={control} name="billingNotes" label="Billing notes" />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </div>

        <FormActions submitLabel={submitLabel} submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
