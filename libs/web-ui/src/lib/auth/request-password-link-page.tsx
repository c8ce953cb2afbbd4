import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { type ForgotPasswordRequest, forgotPasswordRequestSchema } from '@tailwise/contracts';
import { type ReactNode, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { type FormFailure, formErrorFor } from '../form/field-issues';
import { FormAlert } from '../form/form-alert';
import { TextField } from '../form/form-fields';
import { AuthLayout } from '../layout/auth-layout';

const FIELDS = ['email'] as const;

const CHECK_YOUR_EMAIL = 'Check your email';

export interface RequestPasswordLinkPageProps {
  /** The page's heading, e.g. "Forgot password?". */
  title: string;
  subtitle: ReactNode;
  /** The submit button, e.g. "Send Link". */
  submitLabel: string;
  /**
   * The answer once sent. It must read the same whether or not the email has a login, so the
   * page cannot be used to find out who has one.
   */
  sentMessage: (email: string) => ReactNode;
  /** Where "Check your email" goes once sent: in place of the page's title and subtitle, or as the answer's own title under them. */
  sentHeading?: 'page' | 'answer';
  /** Asks the server to email the link, e.g. the app API's `forgotPassword`. */
  onSend: (values: ForgotPasswordRequest) => Promise<unknown>;
  /** How the form shows a failure: issues on Email; too many requests, or no answer, above the form. */
  failureOf: (error: unknown) => FormFailure;
}

/** Forgot password / Need help logging in?: asks for the email and sends a link to choose a new password. */
export function RequestPasswordLinkPage({
  title,
  subtitle,
  submitLabel,
  sentMessage,
  sentHeading = 'answer',
  onSend,
  failureOf,
}: RequestPasswordLinkPageProps) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof forgotPasswordRequestSchema>, unknown, ForgotPasswordRequest>({
    resolver: zodResolver(forgotPasswordRequestSchema),
    defaultValues: { email: '' },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSend(values);
      setSentTo(values.email);
    } catch (error) {
      setFormError(formErrorFor(failureOf(error), form.setError, FIELDS));
    }
  });

  const headsPage = sentTo !== null && sentHeading === 'page';
  return (
    <AuthLayout
      title={headsPage ? CHECK_YOUR_EMAIL : title}
      subtitle={headsPage ? undefined : subtitle}
      footer={
        <Anchor component={Link} to="/sign-in" size="sm">
          Back to Sign In
        </Anchor>
      }
    >
      {sentTo !== null ? (
        <Alert color="teal" variant="light" title={headsPage ? undefined : CHECK_YOUR_EMAIL} role="status">
          {sentMessage(sentTo)}
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <FormAlert message={formError} />
            <TextField control={form.control} name="email" label="Email" type="email" autoComplete="username" required />
            <Button type="submit" fullWidth loading={form.formState.isSubmitting}>
              {submitLabel}
            </Button>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
