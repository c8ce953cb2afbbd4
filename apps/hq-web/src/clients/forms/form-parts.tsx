import { Box, Button, Checkbox, Fieldset, Group, Input, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { SelectField, TextField } from '@tailwise/web-ui';
import type { ReactNode } from 'react';
import {
  type ArrayPath,
  type Control,
  type FieldArray,
  type FieldPath,
  type FieldValues,
  get,
  useController,
  useFieldArray,
  useFormState,
  type UseFormSetValue,
} from 'react-hook-form';
import { PHONE_TYPE_OPTIONS } from '../client-labels';
import { newPhoneRow, type PhoneRow } from './form-values';


const at = <TValues extends FieldValues>(path: string) => path as FieldPath<TValues>;

export interface SectionProps {
  legend: string;
  description?: ReactNode;
  children: ReactNode;
}

/** A titled group of fields; screen readers name the fields inside with it. */
export function FormSection({ legend, description, children }: SectionProps) {
  return (
    <Fieldset legend={legend} variant="unstyled" styles={{ legend: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)', marginBottom: 4 } }}>
      <Stack gap="sm">
        {description ? (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        ) : null}
        {children}
      </Stack>
    </Fieldset>
  );
}

export interface AddressFieldsProps<TValues extends FieldValues, TBody> {
  control: Control<TValues, unknown, TBody>;
  /** The address in the form's values, e.g. `physicalAddress`. */
  name: string;
  legend: string;
  /** Marks the parts an address must have (when an address is asked for, not optional). */
  required?: boolean;
  /** Shown first, e.g. the "Use physical address" box. */
  header?: ReactNode;
  /** Leaves the parts out (the address is taken from elsewhere). */
  hideFields?: boolean;
}

/** Street, apt/suite/floor, city, state, ZIP and country, grouped under `legend`. */
export function AddressFields<TValues extends FieldValues, TBody>({
  control,
  name,
  legend,
  required = false,
  header,
  hideFields = false,
}: AddressFieldsProps<TValues, TBody>) {
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        {header}
        {hideFields ? null : <AddressParts control={control} name={name} required={required} />}
      </Stack>
    </Fieldset>
  );
}

function AddressParts<TValues extends FieldValues, TBody>({ control, name, required }: { control: Control<TValues, unknown, TBody>; name: string; required: boolean }) {
  return (
    <>
        <TextField control={control} name={at<TValues>(`${name}.line1`)} label="Street address" autoComplete="address-line1" required={required} />
        <TextField control={control} name={at<TValues>(`${name}.line2`)} label="Apt / Suite / Floor" autoComplete="address-line2" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextField control={control} name={at<TValues>(`${name}.city`)} label="City" autoComplete="address-level2" required={required} />
          <TextField control={control} name={at<TValues>(`${name}.region`)} label="State / Province" autoComplete="address-level1" required={required} />
          <TextField control={control} name={at<TValues>(`${name}.postalCode`)} label="ZIP / Postal code" autoComplete="postal-code" required={required} />
          <TextField
            control={control}
            name={at<TValues>(`${name}.country`)}
            label="Country"
            description="Two-letter code, e.g. US"
            autoComplete="country"
            maxLength={2}
            required={required}
          />
        </SimpleGrid>
    </>
  );
}

export interface EmergencyContactFieldsProps<TValues extends FieldValues, TBody> {
  control: Control<TValues, unknown, TBody>;
  name: string;
}

export function EmergencyContactFields<TValues extends FieldValues, TBody>({ control, name }: EmergencyContactFieldsProps<TValues, TBody>) {
  return (
    <Fieldset legend="Emergency contact">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextField control={control} name={at<TValues>(`${name}.name`)} label="Name" />
        <TextField control={control} name={at<TValues>(`${name}.phone`)} label="Phone" type="tel" />
        <TextField control={control} name={at<TValues>(`${name}.relationship`)} label="Relationship" />
      </SimpleGrid>
    </Fieldset>
  );
}

export const MAX_PHONES = 10;

export interface PhoneRowsProps<TValues extends FieldValues, TBody> {
  control: Control<TValues, unknown, TBody>;
  setValue: UseFormSetValue<TValues>;
  /** The list of phone rows in the form's values. */
  name: ArrayPath<TValues>;
  /** Rows the list never goes below (a volume client needs one number). */
  minRows?: number;
  /** The type a new row starts with. */
  newRowType?: PhoneRow['type'];
  addLabel?: string;
}

/** Phone numbers with a type each and one Primary; rows are added and removed. */
export function PhoneRows<TValues extends FieldValues, TBody>({
  control,
  setValue,
  name,
  minRows = 0,
  newRowType = 'mobile',
  addLabel = 'Add phone number',
}: PhoneRowsProps<TValues, TBody>) {
  const { fields, append, remove } = useFieldArray({ control, name });
  const { errors } = useFormState({ control, name: name as FieldPath<TValues> });
  // "Enter at least one phone number", or too many: about the list, not one row.
  const listError: unknown = get(errors, name);
  const listMessage = (listError as { message?: string; root?: { message?: string } } | undefined)?.message ?? (listError as { root?: { message?: string } } | undefined)?.root?.message;

  /** Only one number is the primary: marking one unmarks the others. */
  const markPrimary = (index: number, primary: boolean) => {
    if (!primary) return;
    fields.forEach((_field, other) => {
      if (other !== index) setValue(at<TValues>(`${name}.${other}.primary`), false as never, { shouldDirty: true });
    });
  };

  return (
    <Stack gap="xs">
      {fields.map((field, index) => (
        <Box component="fieldset" key={field.id} m={0} p={0} style={{ border: 0, minWidth: 0 }}>
          <VisuallyHidden component="legend">{`Phone ${index + 1}`}</VisuallyHidden>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <SelectField control={control} name={at<TValues>(`${name}.${index}.type`)} label="Phone type" options={PHONE_TYPE_OPTIONS} w={{ base: '100%', xs: 140 }} />
            <TextField
              control={control}
              name={at<TValues>(`${name}.${index}.number`)}
              label="Phone number"
              type="tel"
              autoComplete="tel"
              required={index < minRows}
              style={{ flex: '1 1 200px' }}
            />
            <Group gap="sm" mt={{ base: 0, xs: 34 }} wrap="nowrap">
              <PrimaryCheckbox control={control} name={at<TValues>(`${name}.${index}.primary`)} onMarked={(primary) => markPrimary(index, primary)} />
              {fields.length > minRows ? (
                <Button variant="subtle" color="red" size="compact-sm" onClick={() => remove(index)} aria-label={`Remove phone ${index + 1}`}>
                  Remove
                </Button>
              ) : null}
            </Group>
          </Group>
        </Box>
      ))}
      {listMessage ? <Input.Error role="alert">{listMessage}</Input.Error> : null}
      {fields.length < MAX_PHONES ? (
        <Group>
          <Button
            variant="light"
            size="sm"
            onClick={() => append(newPhoneRow(newRowType, fields.length === 0) as FieldArray<TValues, ArrayPath<TValues>>)}
          >
            {addLabel}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function PrimaryCheckbox<TValues extends FieldValues, TBody>({
  control,
  name,
  onMarked,
}: {
  control: Control<TValues, unknown, TBody>;
  name: FieldPath<TValues>;
  onMarked: (primary: boolean) => void;
}) {
  const { field } = useController({ control, name });
  const { ref, value, onChange, onBlur } = field;
  return (
    <Checkbox
      label="Primary"
      name={field.name}
      ref={ref}
      checked={value === true}
      onChange={(event) => {
        onChange(event.currentTarget.checked);
        onMarked(event.currentTarget.checked);
      }}
      onBlur={onBlur}
    />
  );
}
