import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { AuthLayout } from '@tailwise/web-ui';
import { Link } from 'react-router';

/**
 * Password reset by email is not built yet; rather than a form that pretends to send one, the
 * page says so and tells the user what to do meanwhile.
 */
export function SignInHelpPage() {
  return (
    <AuthLayout
      title="Need help logging in?"
      footer={
        <Anchor component={Link} to="/sign-in" size="sm">
          Back to Sign In
        </Anchor>
      }
    >
      <Stack gap="md">
        <Alert color="blue" variant="light" title="Password reset email is coming soon">
          Resetting your password by email arrives in a later release of Tailwise Portal. No email is sent from this page
          yet.
        </Alert>
        <Text size="sm">
          Until then, contact the clinic that invited you. They can send you a new invitation, and you can set a new password
          from its link.
        </Text>
      </Stack>
    </AuthLayout>
  );
}
