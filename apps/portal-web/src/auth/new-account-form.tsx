import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack } from '@mantine/core';
import { portalNewAccountRequestSchema } from '@tailwise/contracts';
import { signUpFailure } from '@tailwise/web-api';
import { FormAlert, formErrorFor, TextField } from '@tailwise/web-ui';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../app/api';
import { NewPasswordFields, PASSWORDS_MATCH } from './new-password';
import { useStartSession } from './session';

const newAccountFormSchema = portalNewAccountRequestSchema
  .omit({ token: true })
  .extend({ confirmPassword: z.string() })
  .refine(PASSWORDS_MATCH.check, PASSWORDS_MATCH.issue);
type NewAccountValues = z.input<typeof newAccountFormSchema>;
const FIELDS = ['name', 'password'] as const;

export interface NewAccountFormProps {
  token: string;
  /** A claim knows the client's name. */
  suggestedName: string | null;
  onAccepted: () => void;
}

/** New Account: name and password; the invited email becomes the login. */
export function NewAccountForm({ token, suggestedName, onAccepted }: NewAccountFormProps) {
  const startSession = useStartSession();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<NewAccountValues, unknown, z.output<typeof newAccountFormSchema>>({
    resolver: zodResolver(newAccountFormSchema),
    defaultValues: { name: suggestedName ?? '', password: '', confirmPassword: '' },
  });

  // Shown when the invitee chooses it: take them straight to the first thing to type.
  const { setFocus } = form;
  useEffect(() => setFocus('name'), [setFocus]);

  const onSubmit = form.handleSubmit(async ({ name, password }) => {
    setFormError(null);
    try {
      await startSession(() => api.acceptWithNewAccount({ token, name, password }));
      onAccepted();
    } catch (error) {
      // An email that has a login already (path `email`, not a field here) is said above the
      // form, whose page offers "Sign in to link it" below.
      setFormError(formErrorFor(signUpFailure(error), form.setError, FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <FormAlert message={formError} />
        <TextField control={form.control} name="name" label="Your name" autoComplete="name" required />
        <NewPasswordFields control={form.control} />
        <Button type="submit" fullWidth loading={form.formState.isSubmitting}>
          Create a new account
        </Button>
      </Stack>
    </form>
  );
}
