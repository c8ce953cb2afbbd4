import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { type PasswordTokenInfo, setPasswordRequestSchema } from '@tailwise/contracts';
import { signUpFailure } from '@tailwise/web-api';
import { AuthLayout, FormAlert, formErrorFor } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate } from 'react-router';
import { z } from 'zod';
import { api } from '../app/api';
import { passwordLinkQuery } from './link-queries';
import { CheckingLink, UnusableLink } from './link-states';
import { linkTokenFrom } from './link-token';
import { NewPasswordFields, PASSWORDS_MATCH } from './new-password';
import { useStartSession } from './session';

const setPasswordFormSchema = setPasswordRequestSchema
  .omit({ token: true })
  .extend({ confirmPassword: z.string() })
  .refine(PASSWORDS_MATCH.check, PASSWORDS_MATCH.issue);
type SetPasswordValues = z.input<typeof setPasswordFormSchema>;
const FIELDS = ['password'] as const;

/** A user added to an account sets a first password; Need help logging in? chooses a new one. */
export function setPasswordTitle(purpose: PasswordTokenInfo['purpose']): string {
  return purpose === 'invite' ? 'Set your password' : 'Choose a new password';
}

const helpFooter = (
  <Anchor component={Link} to="/sign-in/help" size="sm">
    Need help logging in?
  </Anchor>
);

/** `/portal/set-password#token=…`, from a "you were added" or a password reset email; signs in when done. */
export function SetPasswordPage() {
  const token = linkTokenFrom(useLocation().hash);
  if (!token) return <UnusableLink error={null} onRetry={() => undefined} footer={helpFooter} />;
  return <SetPassword token={token} />;
}

function SetPassword({ token }: { token: string }) {
  const link = useQuery(passwordLinkQuery(token));
  if (link.isPending) return <CheckingLink title="Set your password" />;
  if (link.isError) return <UnusableLink error={link.error} onRetry={() => void link.refetch()} footer={helpFooter} />;
  return <SetPasswordForm token={token} info={link.data} />;
}

function SetPasswordForm({ token, info }: { token: string; info: PasswordTokenInfo }) {
  const navigate = useNavigate();
  const startSession = useStartSession();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SetPasswordValues, unknown, z.output<typeof setPasswordFormSchema>>({
    resolver: zodResolver(setPasswordFormSchema),
    defaultValues: { password: '', confirmPassword: '' },
  });

  const onSubmit = form.handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await startSession(() => api.setPassword({ token, password }));
      navigate('/', { replace: true });
    } catch (error) {
      setFormError(formErrorFor(signUpFailure(error), form.setError, FIELDS));
    }
  });

  return (
    <AuthLayout
      title={setPasswordTitle(info.purpose)}
      subtitle={
        <>
          {info.name}, {info.tenantName} · <strong>{info.email}</strong>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          {info.purpose === 'reset' ? (
            <Text size="sm">Saving signs you out everywhere else you are signed in.</Text>
          ) : null}
          <NewPasswordFields control={form.control} />
          <Button type="submit" fullWidth loading={form.formState.isSubmitting}>
            Set Password
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
