import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { signInRequestSchema } from '@tailwise/contracts';
import { isApiError } from '@tailwise/web-api';
import { applyFieldIssues, AuthLayout, FormAlert, PasswordField, TextField } from '@tailwise/web-ui';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { api } from '../app/api';
import { signInErrorMessage } from './auth-errors';
import { useStartSession } from './session';

type SignInValues = z.input<typeof signInRequestSchema>;
const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  const startSession = useStartSession();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignInValues, unknown, z.output<typeof signInRequestSchema>>({
    resolver: zodResolver(signInRequestSchema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      // On success the route guard takes the user where they were going.
      await startSession(() => api.signIn(values));
    } catch (error) {
      if (isApiError(error) && error.code === 'VALIDATION' && error.issues.length > 0) {
        const unplaced = applyFieldIssues(error.issues, form.setError, FIELDS);
        if (unplaced.length > 0) setFormError(unplaced.map((issue) => issue.message).join('. '));
        return;
      }
      setFormError(signInErrorMessage(error));
    }
  });

  return (
    <AuthLayout
      title="Sign In"
      subtitle="For clinic staff"
      footer={
        <Text size="sm">
          New to Tailwise?{' '}
          <Anchor component={Link} to="/sign-up">
            Sign up your organization
          </Anchor>
        </Text>
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          <TextField control={form.control} name="email" label="Email" type="email" autoComplete="username" required />
          <PasswordField control={form.control} name="password" label="Password" autoComplete="current-password" required />
          <Button type="submit" fullWidth loading={form.formState.isSubmitting}>
            Sign In
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
