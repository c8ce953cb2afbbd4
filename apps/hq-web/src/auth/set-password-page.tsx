import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { passwordSchema, type PasswordTokenInfo } from '@tailwise/contracts';
import { formFailureOf, isApiError, SESSION_QUERY_KEY, setSessionUser } from '@tailwise/web-api';
import { AuthLayout, ErrorState, FormAlert, formErrorFor, FullPageLoader, PasswordField } from '@tailwise/web-ui';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate } from 'react-router';
import { z } from 'zod';
import { api } from '../app/api';

const PASSWORD_TOKEN_KEY = 'password-token';

/** What a set-password link is for; the token is the link's secret, kept in memory only. */
export const passwordTokenQuery = (token: string) =>
  queryOptions({
    queryKey: [PASSWORD_TOKEN_KEY, token] as const,
    queryFn: () => api.checkPasswordToken(token),
    staleTime: Infinity,
    retry: false,
    // A refused link stays refused: coming back to the page shows the reason again without asking.
    retryOnMount: false,
  });

/**
 * The secret of an emailed link, `#token=<secret>`: a fragment never reaches the server's logs
 * or another site's Referer header.
 */
export function tokenFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') || null;
}

const setPasswordFormSchema = z
  .object({ password: passwordSchema, confirmPassword: z.string() })
  .refine((values) => values.password === values.confirmPassword, { path: ['confirmPassword'], error: "The passwords don't match" });
type SetPasswordValues = z.input<typeof setPasswordFormSchema>;
const FIELDS = ['password'] as const;

/**
 * `/set-password#token=…`, from an invitation (Set your password) or a reset email (Choose a new
 * password). Setting it signs the link's owner in, in place of whoever was signed in here.
 */
export function SetPasswordPage() {
  const token = tokenFromHash(useLocation().hash);
  if (!token) return <UnusableLink message="This link is not complete. Open it from your email again, or ask for a new one." />;
  return <SetPasswordForToken token={token} />;
}

function SetPasswordForToken({ token }: { token: string }) {
  const info = useQuery(passwordTokenQuery(token));
  if (info.isPending) return <FullPageLoader label="Checking your link…" />;
  if (info.isError) {
    if (isApiError(info.error) && (info.error.status === 404 || info.error.status === 400)) return <UnusableLink message={info.error.message} />;
    return <ErrorState fullPage message={info.error.message} onRetry={() => void info.refetch()} />;
  }
  return <SetPasswordForm token={token} info={info.data} />;
}

function SetPasswordForm({ token, info }: { token: string; info: PasswordTokenInfo }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SetPasswordValues>({
    resolver: zodResolver(setPasswordFormSchema),
    defaultValues: { password: '', confirmPassword: '' },
  });
  const invite = info.purpose === 'invite';

  const onSubmit = form.handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await api.setPassword({ token, password });
      const me = await api.me();
      // Whatever was loaded for someone else signed in on this browser is not theirs to see.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] && query.queryKey[0] !== PASSWORD_TOKEN_KEY });
      setSessionUser(queryClient, me);
      await navigate('/', { replace: true });
    } catch (error) {
      setFormError(formErrorFor(formFailureOf(error), form.setError, FIELDS));
    }
  });

  return (
    <AuthLayout
      title={invite ? 'Set your password' : 'Choose a new password'}
      subtitle={invite ? `Welcome to ${info.tenantName}, ${info.name}. Choose a password to finish setting up your login.` : `For ${info.email}`}
      footer={<SignInLink />}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          {invite ? <Text size="sm">Your email to sign in: {info.email}</Text> : null}
          {/* Lets a password manager save the new password under the right login. */}
          <input type="email" name="username" autoComplete="username" value={info.email} readOnly hidden />
          <PasswordField
            control={form.control}
            name="password"
            label="Password"
            description="At least 8 characters, including one symbol"
            autoComplete="new-password"
            required
          />
          <PasswordField control={form.control} name="confirmPassword" label="Confirm password" autoComplete="new-password" required />
          <Button type="submit" fullWidth loading={form.formState.isSubmitting}>
            Set Password
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

/** A link that was used, replaced by a newer one, expired, or cut short: the server's reason, and how to get a new one. */
function UnusableLink({ message }: { message: string }) {
  return (
    <AuthLayout title="This link can't be used" footer={<SignInLink />}>
      <Stack gap="md">
        <FormAlert message={message} />
        <Text size="sm">Invited to Tailwise? Ask an admin of your organization to send your invitation again.</Text>
        <Text size="sm">
          Already have a password?{' '}
          <Anchor component={Link} to="/forgot-password">
            Forgot password?
          </Anchor>
        </Text>
      </Stack>
    </AuthLayout>
  );
}

function SignInLink() {
  return (
    <Anchor component={Link} to="/sign-in" size="sm">
      Back to Sign In
    </Anchor>
  );
}
