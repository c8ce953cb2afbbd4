import { Stack, Text } from '@mantine/core';
import { signInFailure } from '@tailwise/web-api';
import { RequestPasswordLinkPage } from '@tailwise/web-ui';
import { api } from '../app/api';

/** Need help logging in?: emails a link to choose a new password. */
export function SignInHelpPage() {
  return (
    <RequestPasswordLinkPage
      title="Need help logging in?"
      subtitle="We'll email you a link to choose a new password."
      submitLabel="Send Reset Link"
      sentMessage={(email) => (
        <Stack gap="xs">
          <Text size="sm">If {email} has a Tailwise Portal login, we sent it a link to choose a new password. The link works for 1 hour.</Text>
          <Text size="sm">Nothing there after a few minutes? Check your spam folder, or ask the clinic that invited you.</Text>
        </Stack>
      )}
      onSend={(values) => api.forgotPassword(values)}
      failureOf={signInFailure}
    />
  );
}
