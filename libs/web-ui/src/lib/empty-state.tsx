import { EmptyState as MantineEmptyState, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** Heading level of the title: 1 when the empty state is the whole page. */
  titleOrder?: TitleOrder;
  icon?: ReactNode;
  /** e.g. a "Create Client" button. */
  actions?: ReactNode;
}

/** What a list or page shows when it has nothing yet: say so plainly and offer the next step. */
export function EmptyState({ title, description, titleOrder = 2, icon, actions }: EmptyStateProps) {
  return (
    <MantineEmptyState variant="light" py="xl" size={titleOrder === 1 ? 'lg' : 'md'} icon={icon ?? <EmptyBoxIcon />}>
      <MantineEmptyState.Title order={titleOrder}>{title}</MantineEmptyState.Title>
      {description ? <MantineEmptyState.Description>{description}</MantineEmptyState.Description> : null}
      {actions ? <MantineEmptyState.Actions>{actions}</MantineEmptyState.Actions> : null}
    </MantineEmptyState>
  );
}

function EmptyBoxIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="60%"
      height="60%"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M3 8l9-5 9 5v8l-9 5-9-5z" />
      <path d="M3 8l9 5 9-5" />
      <path d="M12 13v8" />
    </svg>
  );
}
