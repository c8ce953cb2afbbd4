import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack } from '@mantine/core';
import { passwordSchema, type PasswordTokenInfo, type SetPasswordRequest } from '@tailwise/contracts';
import { type ReactNode, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLocation, useNavigate } from 'react-router';
import { z } from 'zod';
import { type FormFailure, formErrorFor } from '../form/field-issues';
import { FormAlert } from '../form/form-alert';
import { PasswordField } from '../form/form-fields';
import { AuthLayout } from '../layout/auth-layout';
import { linkTokenFrom } from './link-token';

/** What the page reads of the link's check; a TanStack Query result fits. */
export interface LinkCheck<TInfo> {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  data: TInfo | undefined;
  refetch: () => unknown;
}

export interface SetPasswordLinkPageProps {
  /** Asks the server what the link is for: a hook, e.g. one calling `useQuery` with the app's query for the token. */
  useLinkCheck: (token: string) => LinkCheck<PasswordTokenInfo>;
  /** Shown while the link is checked. */
  checking: ReactNode;
  /** A link that cannot be used: `error` is the check's failure, or `null` when the address holds no token. */
  unusable: (error: Error | null, retry: () => void) => ReactNode;
  /** Under the title: whose login this is. */
  subtitle: (info: PasswordTokenInfo) => ReactNode;
  /** Above the password fields, e.g. what saving does. */
  note?: (info: PasswordTokenInfo) => ReactNode;
  footer?: ReactNode;
  /** Under Password: the rules a password must meet. */
  passwordRules: string;
  /** Under Confirm password when the two differ. */
  mismatchMessage: string;
  /** Sets the password and signs its owner in; the page then goes home. */
  onSetPassword: (request: SetPasswordRequest) => Promise<void>;
  /** How the form shows a failure, e.g. issues on Password. */
  failureOf: (error: unknown) => FormFailure;
}

const FIELDS = ['password'] as const;

/** A new login sets a first password (invite); a reset chooses a new one. */
function setPasswordTitle(purpose: PasswordTokenInfo['purpose']): string {
  return purpose === 'invite' ? 'Set your password' : 'Choose a new password';
}

/**
 * `/set-password#token=…`, from an invitation or a reset email: checks the link, then sets the
 * password, which signs the link's owner in (in place of whoever was signed in on this browser).
 */
export function SetPasswordLinkPage(props: SetPasswordLinkPageProps) {
  const token = linkTokenFrom(useLocation().hash);
  if (!token) return props.unusable(null, () => undefined);
  return <CheckedLink token={token} {...props} />;
}

function CheckedLink({ token, useLinkCheck, checking, unusable, ...form }: SetPasswordLinkPageProps & { token: string }) {
  const check = useLinkCheck(token);
  if (check.isError) return unusable(check.error, () => void check.refetch());
  if (check.isPending || check.data === undefined) return checking;
  return <SetPasswordForm token={token} info={check.data} {...form} />;
}

type FormProps = Omit<SetPasswordLinkPageProps, 'useLinkCheck' | 'checking' | 'unusable'> & { token: string; info: PasswordTokenInfo };

function newPasswordSchema(mismatchMessage: string) {
  return z
    .object({ password: passwordSchema, confirmPassword: z.string() })
    .refine((values) => values.password === values.confirmPassword, { path: ['confirmPassword'], error: mismatchMessage });
}

function SetPasswordForm({ token, info, subtitle, note, footer, passwordRules, mismatchMessage, onSetPassword, failureOf }: FormProps) {
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => newPasswordSchema(mismatchMessage), [mismatchMessage]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { password: '', confirmPassword: '' },
  });

  const onSubmit = form.handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await onSetPassword({ token, password });
      await navigate('/', { replace: true });
    } catch (error) {
      setFormError(formErrorFor(failureOf(error), form.setError, FIELDS));
    }
  });

  return (
    <AuthLayout title={setPasswordTitle(info.purpose)} subtitle={subtitle(info)} footer={footer}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          {note?.(info)}
          {/* Lets a password manager save the new password under the right login. */}
          <input type="email" name="username" autoComplete="username" value={info.email} readOnly hidden />
          <PasswordField control={form.control} name="password" label="Password" description={passwordRules} autoComplete="new-password" required />
          <PasswordField control={form.control} name="confirmPassword" label="Confirm password" autoComplete="new-password" required />
          <Button type="submit" fullWidth loading={form.formState.isSubmitting}>
            Set Password
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
