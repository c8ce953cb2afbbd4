import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ClinicSetup } from '@tailwise/contracts';
import { type ReactNode, useId } from 'react';

export interface ClinicSectionProps {
  setup: ClinicSetup;
  canEdit: boolean;
}

export interface SetupSectionProps {
  title: string;
  description?: ReactNode;
  /** e.g. an "Add Closure" button, beside the title. */
  actions?: ReactNode;
  children: ReactNode;
}

/** One part of the setup: a region named by its heading, so its buttons can be told apart from the other sections'. */
export function SetupSection({ title, description, actions, children }: SetupSectionProps) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id={headingId}>
            {title}
          </Title>
          {description ? (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          ) : null}
        </Stack>
        {actions ? <Group gap="sm">{actions}</Group> : null}
      </Group>
      {children}
    </Paper>
  );
}
