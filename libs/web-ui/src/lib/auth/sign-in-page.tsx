import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Group, Stack } from '@mantine/core';
import { type SignInRequest, signInRequestSchema } from '@tailwise/contracts';
import { type ReactNode, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { type FormFailure, formErrorFor } from '../form/field-issues';
import { FormAlert } from '../form/form-alert';
import { PasswordField, TextField } from '../form/form-fields';
import { AuthLayout } from '../layout/auth-layout';

const FIELDS = ['email', 'password'] as const;

export interface SignInPageProps {
  /** Who signs in here, under the title. */
  subtitle: ReactNode;
  /** Below the card, e.g. a link to sign up. */
  footer?: ReactNode;
  /** A link under the password, e.g. "Need help logging in?". */
  helpLink?: { to: string; label: string };
  /** Signs in; on success the route guard takes the user where they were going. */
  onSignIn: (values: SignInRequest) => Promise<void>;
  /** How the form shows a failed sign-in, e.g. web-api's `signInFailure`. */
  failureOf: (error: unknown) => FormFailure;
}

/** The email and password form both apps sign in with. */
export function SignInPage({ subtitle, footer, helpLink, onSignIn, failureOf }: SignInPageProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof signInRequestSchema>, unknown, SignInRequest>({
    resolver: zodResolver(signInRequestSchema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSignIn(values);
    } catch (error) {
      setFormError(formErrorFor(failureOf(error), form.setError, FIELDS));
    }
  });

  return (
    <AuthLayout title="Sign In" subtitle={subtitle} footer={footer}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          <TextField control={form.control} name="email" label="Email" type="email" autoComplete="username" required />
          <PasswordField control={form.control} name="password" label="Password" autoComplete="current-password" required />
          {helpLink ? (
            <Group justify="flex-end">
              <Anchor component={Link} to={helpLink.to} size="sm">
                {helpLink.label}
              </Anchor>
            </Group>
          ) : null}
          <Button type="submit" fullWidth loading={form.formState.isSubmitting}>
            Sign In
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
