import { Anchor, Stack, Text } from '@mantine/core';
import type { SetPasswordRequest } from '@tailwise/contracts';
import { formFailureOf, isApiError, SESSION_QUERY_KEY, setSessionUser } from '@tailwise/web-api';
import { AuthLayout, ErrorState, FormAlert, FullPageLoader, SetPasswordLinkPage } from '@tailwise/web-ui';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
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

function usePasswordToken(token: string) {
  return useQuery(passwordTokenQuery(token));
}

/**
 * `/set-password#token=…`, from an invitation (Set your password) or a reset email (Choose a new
 * password). Setting it signs the link's owner in, in place of whoever was signed in here.
 */
export function SetPasswordPage() {
  const queryClient = useQueryClient();

  const setPassword = async (request: SetPasswordRequest) => {
    await api.setPassword(request);
    const me = await api.me();
    // Whatever was loaded for someone else signed in on this browser is not theirs to see.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] && query.queryKey[0] !== PASSWORD_TOKEN_KEY });
    setSessionUser(queryClient, me);
  };

  return (
    <SetPasswordLinkPage
      useLinkCheck={usePasswordToken}
      checking={<FullPageLoader label="Checking your link…" />}
      unusable={(error, retry) => {
        if (error === null) return <UnusableLink message="This link is not complete. Open it from your email again, or ask for a new one." />;
        if (isApiError(error) && (error.status === 404 || error.status === 400)) return <UnusableLink message={error.message} />;
        return <ErrorState fullPage message={error.message} onRetry={retry} />;
      }}
      subtitle={(info) =>
        info.purpose === 'invite' ? `Welcome to ${info.tenantName}, ${info.name}. Choose a password to finish setting up your login.` : `For ${info.email}`
      }
      note={(info) => (info.purpose === 'invite' ? <Text size="sm">Your email to sign in: {info.email}</Text> : null)}
      footer={<SignInLink />}
      passwordRules="At least 8 characters, including one symbol"
      mismatchMessage="The passwords don't match"
      onSetPassword={setPassword}
      failureOf={formFailureOf}
    />
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
