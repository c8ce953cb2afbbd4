import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { isApiError } from '@tailwise/web-api';
import { AuthLayout } from '@tailwise/web-ui';
import type { ReactNode } from 'react';

/** While the server says what an emailed link is for. */
export function CheckingLink({ title }: { title: string }) {
  return (
    <AuthLayout title={title}>
      <Group justify="center" gap="sm" role="status">
        <Loader size="sm" aria-hidden="true" />
        <Text c="dimmed">Checking your link…</Text>
      </Group>
    </AuthLayout>
  );
}

export interface UnusableLinkProps {
  /** Why: the server's answer, or `null` when the address holds no token at all. */
  error: Error | null;
  onRetry: () => void;
  /** What to do next, e.g. a link to ask for a new email. */
  footer: ReactNode;
}

/**
 * An emailed link that cannot be used. The server words why (used, replaced by a newer one,
 * expired); a link that did not reach it, or a server that did not answer, may be tried again.
 */
export function UnusableLink({ error, onRetry, footer }: UnusableLinkProps) {
  const refused = isApiError(error) && error.status >= 400 && error.status < 500;
  const message =
    error === null
      ? 'This link is incomplete. Open it again from your email, or ask for a new one.'
      : refused
        ? error.message
        : `We could not check this link. ${error.message}`;
  return (
    <AuthLayout title="This link can't be used" footer={footer}>
      <Stack gap="md">
        <Alert color="red" variant="light" role="alert">
          {message}
        </Alert>
        {error !== null && !refused ? (
          <Button variant="default" onClick={onRetry}>
            Try Again
          </Button>
        ) : null}
      </Stack>
    </AuthLayout>
  );
}
