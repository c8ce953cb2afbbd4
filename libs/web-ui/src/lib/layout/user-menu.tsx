import { Avatar, Box, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

export interface UserMenuProps {
  name: string;
  /** Shown under the name, e.g. the organization. */
  detail?: string;
  /** Shows only the avatar (the name stays readable by screen readers). */
  compact?: boolean;
  onSignOut: () => void;
  /** More menu items, shown above "Sign Out". */
  children?: ReactNode;
}

/** The signed-in user's menu at the right of the top bar. */
export function UserMenu({ name, detail, compact = false, onSignOut, children }: UserMenuProps) {
  const label = (
    <>
      <Text size="sm" fw={600} lh={1.2}>
        {name}
      </Text>
      {detail ? (
        <Text size="xs" c="dimmed" lh={1.2}>
          {detail}
        </Text>
      ) : null}
    </>
  );
  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        <UnstyledButton px={4} py={4} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Group gap="xs" wrap="nowrap">
            <Avatar name={name} color="initials" radius="xl" size="md" aria-hidden="true" />
            {compact ? <VisuallyHidden>{label}</VisuallyHidden> : <Box>{label}</Box>}
            <ChevronDown />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {compact ? (
          <Menu.Label>
            {name}
            {detail ? ` · ${detail}` : ''}
          </Menu.Label>
        ) : null}
        {children}
        <Menu.Item onClick={onSignOut}>Sign Out</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function ChevronDown() {
  return (
    <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M6 9l6 6 6-6" />
    </svg>
  );
}
