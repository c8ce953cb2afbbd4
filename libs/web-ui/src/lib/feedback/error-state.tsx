import { Alert, Button, Center, Stack } from '@mantine/core';

export interface ErrorStateProps {
  title?: string;
  message: string;
  onRetry?: () => void;
  retryLabel?: string;
  /** Center on the whole viewport (e.g. before the app shell exists). */
  fullPage?: boolean;
}

/** Something failed that the user can retry, e.g. the server could not be reached. */
export function ErrorState({ title = 'Something went wrong', message, onRetry, retryLabel = 'Try Again', fullPage = false }: ErrorStateProps) {
  return (
    <Center mih={fullPage ? '100dvh' : undefined} p="md">
      <Stack maw={480} w="100%">
        <Alert color="red" variant="light" title={title} role="alert">
          {message}
        </Alert>
        {onRetry ? (
          <Button variant="default" onClick={onRetry} style={{ alignSelf: 'center' }}>
            {retryLabel}
          </Button>
        ) : null}
      </Stack>
    </Center>
  );
}
