import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FormAlertProps {
  /** Nothing is rendered without a message. */
  message?: ReactNode;
  title?: string;
}

/** A form-level error (e.g. "Email or password is incorrect"), announced by screen readers. */
export function FormAlert({ message, title }: FormAlertProps) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      {message}
    </Alert>
  );
}
