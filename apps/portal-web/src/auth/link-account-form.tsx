import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Group, Stack } from '@mantine/core';
import { portalInvitationSignInRequestSchema } from '@tailwise/contracts';
import { signInFailure } from '@tailwise/web-api';
import { FormAlert, formErrorFor, PasswordField, TextField } from '@tailwise/web-ui';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { api } from '../app/api';
import { useStartSession } from './session';

const linkAccountFormSchema = portalInvitationSignInRequestSchema.omit({ token: true });
type LinkAccountValues = z.input<typeof linkAccountFormSchema>;
const FIELDS = ['email', 'password'] as const;

export interface LinkAccountFormProps {
  token: string;
  /** The invited email, the likeliest login; any login of the account may link it. */
  email: string;
  onAccepted: () => void;
}

/** Sign In from an invitation: signing in links the account to the inviting clinic. */
export function LinkAccountForm({ token, email, onAccepted }: LinkAccountFormProps) {
  const startSession = useStartSession();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<LinkAccountValues, unknown, z.output<typeof linkAccountFormSchema>>({
    resolver: zodResolver(linkAccountFormSchema),
    defaultValues: { email, password: '' },
  });

  // Shown when the invitee chooses it: take them straight to the first thing to type.
  const { setFocus } = form;
  useEffect(() => setFocus('password'), [setFocus]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await startSession(() => api.acceptWithSignIn({ token, ...values }));
      onAccepted();
    } catch (error) {
      setFormError(formErrorFor(signInFailure(error), form.setError, FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <FormAlert message={formError} />
        <TextField control={form.control} name="email" label="Email" type="email" autoComplete="username" required />
        <PasswordField control={form.control} name="password" label="Password" autoComplete="current-password" required />
        <Group justify="flex-end">
          <Anchor component={Link} to="/sign-in/help" size="sm">
            Need help logging in?
          </Anchor>
        </Group>
        <Button type="submit" fullWidth loading={form.formState.isSubmitting}>
          Sign In
        </Button>
      </Stack>
    </form>
  );
}
