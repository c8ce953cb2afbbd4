import {
  NativeSelect,
  type NativeSelectProps,
  PasswordInput,
  type PasswordInputProps,
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
