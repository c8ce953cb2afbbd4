import { Button, Group } from '@mantine/core';

export interface FormActionsProps {
  submitLabel: string;
  submitting: boolean;
  /** Shows a Cancel button next to the submit button. */
  onCancel?: () => void;
}

/** The submit button of a form, and Cancel when the form can be left without saving. */
export function FormActions({ submitLabel, submitting, onCancel }: FormActionsProps) {
  return (
    <Group gap="sm">
      <Button type="submit" loading={submitting}>
        {submitLabel}
      </Button>
      {onCancel ? (
        <Button variant="default" onClick={onCancel} disabled={submitting}>
          Cancel
        </Button>
      ) : null}
    </Group>
  );
}
