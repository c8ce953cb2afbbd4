import {
  Checkbox,
  type CheckboxProps,
  NativeSelect,
  type NativeSelectProps,
  NumberInput,
  type NumberInputProps,
  PasswordInput,
  type PasswordInputProps,
  Textarea,
  type TextareaProps,
  TextInput,
  type TextInputProps,
} from '@mantine/core';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';

/** Ties a field to a react-hook-form form; its error (client or server) shows under it. */
interface BoundProps<TValues extends FieldValues, TTransformed> {
  control: Control<TValues, unknown, TTransformed>;
  name: FieldPath<TValues>;
}

type OwnedByForm = 'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error' | 'form';

function useBoundField<TValues extends FieldValues, TTransformed>({ control, name }: BoundProps<TValues, TTransformed>) {
  const { field, fieldState } = useController({ control, name });
  return {
    name: field.name,
    ref: field.ref,
    value: typeof field.value === 'string' ? field.value : field.value == null ? '' : String(field.value),
    onChange: field.onChange,
    onBlur: field.onBlur,
    error: fieldState.error?.message,
    // Mantine marks only some inputs (not PasswordInput) invalid for assistive technology.
    'aria-invalid': fieldState.invalid || undefined,
    fieldDisabled: field.disabled,
  };
}

export type TextFieldProps<TValues extends FieldValues, TTransformed = TValues> = Omit<TextInputProps, OwnedByForm> &
  BoundProps<TValues, TTransformed>;

/** A labelled text input bound to a form field. */
export function TextField<TValues extends FieldValues, TTransformed = TValues>({
  control,
  name,
  disabled,
  ...props
}: TextFieldProps<TValues, TTransformed>) {
  const { fieldDisabled, ...bound } = useBoundField({ control, name });
  return <TextInput {...props} {...bound} disabled={disabled ?? fieldDisabled} />;
}

export type PasswordFieldProps<TValues extends FieldValues, TTransformed = TValues> = Omit<PasswordInputProps, OwnedByForm> &
  BoundProps<TValues, TTransformed>;

/** A labelled password input bound to a form field, with a show/hide toggle. */
export function PasswordField<TValues extends FieldValues, TTransformed = TValues>({
  control,
  name,
  disabled,
  ...props
}: PasswordFieldProps<TValues, TTransformed>) {
  const { fieldDisabled, ...bound } = useBoundField({ control, name });
  return (
    <PasswordInput
      // The default label mentions "password", which would make the toggle a second match for
      // anything looking the field up by its label.
      visibilityToggleButtonProps={{ 'aria-label': 'Show characters' }}
      {...props}
      {...bound}
      disabled={disabled ?? fieldDisabled}
    />
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectFieldProps<TValues extends FieldValues, TTransformed = TValues> = Omit<NativeSelectProps, OwnedByForm | 'data'> &
  BoundProps<TValues, TTransformed> & { options: readonly SelectOption[] };

/**
 * A labelled native select bound to a form field: keyboard type-ahead, screen readers and
 * phone pickers all work without extra code.
 */
export function SelectField<TValues extends FieldValues, TTransformed = TValues>({
  control,
  name,
  options,
  disabled,
  ...props
}: SelectFieldProps<TValues, TTransformed>) {
  const { fieldDisabled, ...bound } = useBoundField({ control, name });
  return <NativeSelect {...props} {...bound} data={options as SelectOption[]} disabled={disabled ?? fieldDisabled} />;
}

export type TextareaFieldProps<TValues extends FieldValues, TTransformed = TValues> = Omit<TextareaProps, OwnedByForm> &
  BoundProps<TValues, TTransformed>;

/** A labelled multi-line text input bound to a form field; grows with its text. */
export function TextareaField<TValues extends FieldValues, TTransformed = TValues>({
  control,
  name,
  disabled,
  ...props
}: TextareaFieldProps<TValues, TTransformed>) {
  const { fieldDisabled, ...bound } = useBoundField({ control, name });
  return <Textarea autosize minRows={2} maxRows={10} {...props} {...bound} disabled={disabled ?? fieldDisabled} />;
}

export type NumberFieldProps<TValues extends FieldValues, TTransformed = TValues> = Omit<NumberInputProps, OwnedByForm> &
  BoundProps<TValues, TTransformed>;

/**
 * A labelled number input bound to a form field. Its value is a number, or a string while it
 * is empty (`''`, what the form maps to "not given") or half typed.
 */
export function NumberField<TValues extends FieldValues, TTransformed = TValues>({
  control,
  name,
  disabled,
  ...props
}: NumberFieldProps<TValues, TTransformed>) {
  const { field, fieldState } = useController({ control, name });
  const { ref, value, onChange, onBlur, disabled: fieldDisabled } = field;
  return (
    <NumberInput
      {...props}
      name={field.name}
      ref={ref}
      value={typeof value === 'number' || typeof value === 'string' ? value : ''}
      // Kept as typed ("1." while a decimal is on its way); the form's mapping reads the number.
      onChange={onChange}
      onBlur={onBlur}
      error={fieldState.error?.message}
      aria-invalid={fieldState.invalid || undefined}
      disabled={disabled ?? fieldDisabled}
    />
  );
}

export type CheckboxFieldProps<TValues extends FieldValues, TTransformed = TValues> = Omit<
  CheckboxProps,
  OwnedByForm | 'checked' | 'defaultChecked'
> &
  BoundProps<TValues, TTransformed>;

/** A labelled checkbox bound to a boolean form field; its error shows under it. */
export function CheckboxField<TValues extends FieldValues, TTransformed = TValues>({
  control,
  name,
  disabled,
  ...props
}: CheckboxFieldProps<TValues, TTransformed>) {
  const { field, fieldState } = useController({ control, name });
  const { ref, value, onChange, onBlur, disabled: fieldDisabled } = field;
  return (
    <Checkbox
      {...props}
      name={field.name}
      ref={ref}
      checked={value === true}
      onChange={(event) => onChange(event.currentTarget.checked)}
      onBlur={onBlur}
      error={fieldState.error?.message}
      aria-invalid={fieldState.invalid || undefined}
      disabled={disabled ?? fieldDisabled}
    />
  );
}
