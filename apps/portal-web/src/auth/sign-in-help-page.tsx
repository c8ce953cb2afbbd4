import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { type ForgotPasswordRequest, forgotPasswordRequestSchema } from '@tailwise/contracts';
import { signInFailure } from '@tailwise/web-api';
import { AuthLayout, FormAlert, formErrorFor, TextField } from '@tailwise/web-ui';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { api } from '../app/api';

const FIELDS = ['email'] as const;

/**
 * Need help logging in?: emails a link to choose a new password. The answer is the same whether
 * or not the email has a login, so the page cannot be used to find out who has one.
 */
export function SignInHelpPage() {
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
      setFormError(formErrorFor(signInFailure(error), form.setError, FIELDS));
    }
  });

  return (
    <AuthLayout
      title="Need help logging in?"
      subtitle="We'll email you a link to choose a new password."
      footer={
        <Anchor component={Link} to="/sign-in" size="sm">
          Back to Sign In
        </Anchor>
      }
    >
      {sentTo ? (
        <Alert color="teal" variant="light" title="Check your email" role="status">
          <Stack gap="xs">
            <Text size="sm">
              If {sentTo} has a Tailwise Portal login, we sent it a link to choose a new password. The link works for 1 hour.
            </Text>
            <Text size="sm">Nothing there after a few minutes? Check your spam folder, or ask the clinic that invited you.</Text>
          </Stack>
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <FormAlert message={formError} />
            <TextField control={form.control} name="email" label="Email" type="email" autoComplete="username" required />
            <Button type="submit" fullWidth loading={form.formState.isSubmitting}>
              Send Reset Link
            </Button>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
