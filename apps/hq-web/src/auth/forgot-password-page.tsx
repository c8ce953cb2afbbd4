import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { type ForgotPasswordRequest, forgotPasswordRequestSchema } from '@tailwise/contracts';
import { formFailureOf } from '@tailwise/web-api';
import { AuthLayout, FormAlert, formErrorFor, TextField } from '@tailwise/web-ui';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { api } from '../app/api';

const FIELDS = ['email'] as const;

/** The answer whether or not the email has an account: the page never tells who has one. */
export const FORGOT_PASSWORD_SENT = 'If an account exists for that email, we sent a link to choose a new password. It works for 1 hour.';

/** Forgot password?: emails a link to choose a new password. */
export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof forgotPasswordRequestSchema>, unknown, ForgotPasswordRequest>({
    resolver: zodResolver(forgotPasswordRequestSchema),
    defaultValues: { email: '' },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await api.forgotPassword(values);
      setSentTo(values.email);
    } catch (error) {
      // Field issues on Email; too many requests, or the server unreachable, above the form.
      setFormError(formErrorFor(formFailureOf(error), form.setError, FIELDS));
    }
  });

  const footer = (
    <Anchor component={Link} to="/sign-in" size="sm">
      Back to Sign In
    </Anchor>
  );

  if (sentTo) {
    return (
      <AuthLayout title="Check your email" footer={footer}>
        <Alert color="teal" variant="light" role="status">
          {FORGOT_PASSWORD_SENT}
        </Alert>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title="Forgot password?" subtitle="Enter the email you sign in with. We'll email you a link to choose a new password." footer={footer}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          <TextField control={form.control} name="email" label="Email" type="email" autoComplete="username" required />
          <Button type="submit" fullWidth loading={form.formState.isSubmitting}>
            Send Link
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
