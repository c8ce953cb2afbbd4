import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  type CapacityRule,
  type CapacityRuleSetInput,
  capacityRuleSetInputSchema,
  type CapacitySex,
  type CapacitySpecies,
} from '@tailwise/contracts';
import { contractResolver, FormAlert, NumberField, SelectField, TextField } from '@tailwise/web-ui';
import { useFieldArray, useForm } from 'react-hook-form';
import { z } from 'zod';
import { SEX_OPTIONS, SPECIES_OPTIONS } from './clinic-setup-labels';
import { useSetupFormSubmit } from './clinic-setup-parts';
import { type ClinicSectionProps, SetupSection } from './clinic-setup-section';
import { clinicSetupService } from '../app/api';
import { useClinicSetupChange } from './clinic-setup-queries';

/** A number input's value: a number, `''` when empty, or a half-typed string. */
type NumberValue = number | string;

export interface RuleValues {
  /** The saved rule's id (`''` for a new row); not `id`, which the field array uses for its own keys. */
  ruleId: string;
  label: string;
  species: CapacitySpecies | '';
  sex: CapacitySex | '';
  minWeightKg: NumberValue;
  maxWeightKg: NumberValue;
  limit: NumberValue;
}
export interface CapacityValues {
  rules: RuleValues[];
}

const RULE_FIELDS = ['label', 'species', 'sex', 'minWeightKg', 'maxWeightKg', 'limit'] as const;
type RuleField = (typeof RULE_FIELDS)[number];

export const ruleToValues = (rule: CapacityRule): RuleValues => ({
  ruleId: rule.id,
  label: rule.label,
  species: rule.species ?? '',
  sex: rule.sex ?? '',
  minWeightKg: rule.minWeightKg ?? '',
  maxWeightKg: rule.maxWeightKg ?? '',
  limit: rule.limit,
});

export const newRuleValues = (): RuleValues => ({ ruleId: '', label: '', species: '', sex: '', minWeightKg: '', maxWeightKg: '', limit: '' });

const optionalNumber = (value: NumberValue): number | null => (value === '' ? null : Number(value));

export function capacityToBody(values: CapacityValues): CapacityRuleSetInput {
  return {
    rules: values.rules.map((rule) => ({
      ...(rule.ruleId ? { id: rule.ruleId } : {}),
      label: rule.label,
      species: rule.species || null,
      sex: rule.sex || null,
      minWeightKg: optionalNumber(rule.minWeightKg),
      maxWeightKg: optionalNumber(rule.maxWeightKg),
      // NaN when empty: the form's schema asks for it by name below.
      limit: rule.limit === '' ? Number.NaN : Number(rule.limit),
    })),
  };
}

/**
 * The field of the form that shows an issue of the rule set: `rules.2.minWeightKg` on the third
 * row's minimum weight; an issue about a whole rule (an overlap, a repeated id) on its label.
 */
export function capacityFieldOf(path: string): `rules.${number}.${RuleField}` | null {
  const match = /^rules\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (!match) return null;
  const field = RULE_FIELDS.find((f) => f === match[2]) ?? 'label';
  return `rules.${Number(match[1])}.${field}`;
}

// The contract's own message for an empty number would be about NaN.
const capacityFormSchema = z
  .looseObject({ rules: z.array(z.looseObject({ limit: z.number({ error: 'Enter the number of places' }) })) })
  .pipe(capacityRuleSetInputSchema);

const resolver = contractResolver({ toBody: capacityToBody, schema: capacityFormSchema, fieldOf: capacityFieldOf });

/** Surgery places per day, one row per category of animal; saved as a set so that overlaps are checked together. */
export function CapacityRulesSection({ setup, canEdit }: ClinicSectionProps) {
  const save = useClinicSetupChange(setup.clinic.id, clinicSetupService.setCapacityRules);
  return (
    <SetupSection
      title="Day capacity"
      description="Spay/neuter surgery places per day for each kind of animal. Rules may not overlap, so an animal matches at most one: the minimum weight is included, the maximum is not. Leave a weight empty for no limit."
    >
      <CapacityRulesForm
        rules={setup.capacityRules}
        canEdit={canEdit}
        onSubmit={async (body) => {
          const saved = await save.mutateAsync(body);
          notifications.show({ color: 'teal', message: 'Day capacity saved' });
          return saved;
        }}
      />
    </SetupSection>
  );
}

export interface CapacityRulesFormProps {
  rules: readonly CapacityRule[];
  canEdit: boolean;
  /** Resolves with the saved rules (new rows get their ids); a refusal's issues show on their rows. */
  onSubmit: (body: CapacityRuleSetInput) => Promise<CapacityRule[]>;
}

export function CapacityRulesForm({ rules, canEdit, onSubmit }: CapacityRulesFormProps) {
  const form = useForm<CapacityValues, unknown, CapacityRuleSetInput>({
    resolver,
    defaultValues: { rules: rules.map(ruleToValues) },
    disabled: !canEdit,
  });
  const { control } = form;
  const rows = useFieldArray({ control, name: 'rules' });

  const { submit, formError } = useSetupFormSubmit(form, capacityFieldOf, async (body) => {
    const saved = await onSubmit(body);
    form.reset({ rules: saved.map(ruleToValues) });
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Day capacity">
      <Stack gap="md">
        <FormAlert message={formError ?? form.formState.errors.root?.message} />
        {rows.fields.length === 0 ? (
          <Text c="dimmed">No capacity rules yet: surgery days have no limit.</Text>
        ) : (
          rows.fields.map((row, index) => (
            <Fieldset key={row.id} legend={`Rule ${index + 1}`}>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
                <TextField control={control} name={`rules.${index}.label`} label="Label" autoComplete="off" required />
                <SelectField control={control} name={`rules.${index}.species`} label="Species" options={SPECIES_OPTIONS} />
                <SelectField control={control} name={`rules.${index}.sex`} label="Sex" options={SEX_OPTIONS} />
                <NumberField control={control} name={`rules.${index}.minWeightKg`} label="Min weight (kg)" hideControls={!canEdit} min={0} allowNegative={false} decimalScale={2} />
                <NumberField control={control} name={`rules.${index}.maxWeightKg`} label="Max weight (kg)" hideControls={!canEdit} min={0} allowNegative={false} decimalScale={2} />
                <NumberField
                  control={control}
                  name={`rules.${index}.limit`}
                  label="Places per day"
                  hideControls={!canEdit}
                  min={0}
                  allowNegative={false}
                  allowDecimal={false}
                  required
                />
              </SimpleGrid>
              {canEdit ? (
                <Group justify="flex-end" mt="sm">
                  <Button variant="subtle" color="red" size="compact-sm" onClick={() => rows.remove(index)} aria-label={`Remove rule ${index + 1}`}>
                    Remove
                  </Button>
                </Group>
              ) : null}
            </Fieldset>
          ))
        )}
        {canEdit ? (
          <Group gap="sm">
            <Button variant="default" onClick={() => rows.append(newRuleValues())}>
              Add Rule
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              Save Changes
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
