import { Group, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useAppName } from './ui-provider';

/** Names the page in the browser tab and for screen readers: "Clients · Tailwise HQ". */
export function usePageTitle(title: string | undefined): void {
  const appName = useAppName();
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}

export interface PageTitleProps {
  title: string;
  description?: ReactNode;
  /** Buttons shown beside the title, e.g. "Create Client". */
  actions?: ReactNode;
  order?: TitleOrder;
}

/** The page's heading (an h1 by default); also sets the document title. */
export function PageTitle({ title, description, actions, order = 1 }: PageTitleProps) {
  usePageTitle(title);
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="lg">
      <Stack gap={4}>
        <Title order={order}>{title}</Title>
        {description ? (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
