import { Stack } from '@mantine/core';
import { PasswordField } from '@tailwise/web-ui';
import type { Control, FieldValues, Path } from 'react-hook-form';

export const PASSWORD_RULES = 'At least 8 characters, including one symbol (not a letter or digit)';

/** For a form's `refine`: the password typed twice must match, else the confirmation says so. */
export const PASSWORDS_MATCH = {
  check: (values: { password: string; confirmPassword: string }) => values.password === values.confirmPassword,
  issue: { path: ['confirmPassword'], error: 'The passwords do not match' },
};

export interface NewPasswordFieldsProps<TValues extends FieldValues & { password: string; confirmPassword: string }, TTransformed> {
  control: Control<TValues, unknown, TTransformed>;
}

/** Password and Confirm password, with the portal's rules under the first. */
export function NewPasswordFields<TValues extends FieldValues & { password: string; confirmPassword: string }, TTransformed>({
  control,
}: NewPasswordFieldsProps<TValues, TTransformed>) {
  return (
    <Stack gap="md">
      <PasswordField
        control={control}
        name={'password' as Path<TValues>}
        label="Password"
        description={PASSWORD_RULES}
        autoComplete="new-password"
        required
      />
      <PasswordField control={control} name={'confirmPassword' as Path<TValues>} label="Confirm password" autoComplete="new-password" required />
    </Stack>
  );
}
