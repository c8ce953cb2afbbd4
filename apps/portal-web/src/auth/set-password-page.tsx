import { Anchor, Text } from '@mantine/core';
import { signUpFailure } from '@tailwise/web-api';
import { SetPasswordLinkPage } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../app/api';
import { passwordLinkQuery } from './link-queries';
import { CheckingLink, UnusableLink } from './link-states';
import { PASSWORD_RULES, PASSWORDS_MATCH } from './new-password';
import { useStartSession } from './session';

const helpFooter = (
  <Anchor component={Link} to="/sign-in/help" size="sm">
    Need help logging in?
  </Anchor>
);

function usePasswordLink(token: string) {
  return useQuery(passwordLinkQuery(token));
}

/** `/portal/set-password#token=…`, from a "you were added" or a password reset email; signs in when done. */
export function SetPasswordPage() {
  const startSession = useStartSession();
  return (
    <SetPasswordLinkPage
      useLinkCheck={usePasswordLink}
      checking={<CheckingLink title="Set your password" />}
      unusable={(error, retry) => <UnusableLink error={error} onRetry={retry} footer={helpFooter} />}
      subtitle={(info) => (
        <>
          {info.name}, {info.tenantName} · <strong>{info.email}</strong>
        </>
      )}
      note={(info) => (info.purpose === 'reset' ? <Text size="sm">Saving signs you out everywhere else you are signed in.</Text> : null)}
      passwordRules={PASSWORD_RULES}
      mismatchMessage={PASSWORDS_MATCH.issue.error}
      onSetPassword={(request) => startSession(() => api.setPassword(request))}
      failureOf={signUpFailure}
    />
  );
}
