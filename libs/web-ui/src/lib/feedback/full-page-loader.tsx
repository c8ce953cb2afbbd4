import { Center, Loader, Stack, Text } from '@mantine/core';

export interface FullPageLoaderProps {
  label?: string;
}

/** Shown while the app restores a session; announced politely to screen readers. */
export function FullPageLoader({ label = 'Loading…' }: FullPageLoaderProps) {
  return (
    <Center mih="100dvh" role="status" aria-live="polite">
      <Stack align="center" gap="sm">
        <Loader aria-hidden="true" />
        <Text c="dimmed" size="sm">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}
