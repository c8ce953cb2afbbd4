import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type Role, type RoleInput, roleInputSchema } from '@tailwise/contracts';
import { formFailureOf } from '@tailwise/web-api';
import { FormActions, FormAlert, formErrorFor, MOBILE_MEDIA_QUERY, TextField } from '@tailwise/web-ui';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { STAFF_PERMISSION_LABELS } from './permission-labels';
import { useSaveRole } from './staff-queries';

type RoleValues = z.input<typeof roleInputSchema>;
const FIELDS = ['name', 'permissions'] as const;

export interface RoleFormProps {
  defaultValues: RoleInput;
  submitLabel: string;
  onSubmit: (body: RoleInput) => Promise<unknown>;
  onCancel?: () => void;
}

/** A role's name and one labelled checkbox per permission; a name already taken shows under Name. */
export function RoleForm({ defaultValues, submitLabel, onSubmit, onCancel }: RoleFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RoleValues, unknown, RoleInput>({ resolver: zodResolver(roleInputSchema), defaultValues });

  const submit = form.handleSubmit(async (body) => {
    setFormError(null);
    try {
      await onSubmit(body);
    } catch (error) {
      setFormError(formErrorFor(formFailureOf(error), form.setError, FIELDS));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Role">
      <Stack gap="md">
        <FormAlert message={formError} />
        <TextField control={form.control} name="name" label="Name" autoComplete="off" required data-autofocus />
        <Controller
          control={form.control}
          name="permissions"
          render={({ field, fieldState }) => (
            <Checkbox.Group
              label="Permissions"
              description="What users with this role may do. Everyone can look clients up."
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            >
              <Stack gap="xs" mt="xs">
                {STAFF_PERMISSION_LABELS.map((permission) => (
                  <Checkbox key={permission.value} value={permission.value} label={permission.label} name="permissions" />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
        <FormActions submitLabel={submitLabel} submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** What the dialog is doing: creating a role, or editing one. */
export type RoleEditing = { mode: 'create' } | { mode: 'edit'; role: Role } | null;

export interface RoleDialogProps {
  editing: RoleEditing;
  onClose: () => void;
  onSaved: (role: Role) => void;
}

/** Create Role / Edit <name>; full screen on a phone. */
export function RoleDialog({ editing, onClose, onSaved }: RoleDialogProps) {
  const save = useSaveRole();
  const fullScreen = useMediaQuery(MOBILE_MEDIA_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={editing?.mode === 'edit' ? `Edit ${editing.role.name}` : 'Create Role'}
      size="lg"
      fullScreen={fullScreen}
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
      closeOnClickOutside={false}
    >
      {editing ? (
        <RoleForm
          defaultValues={editing.mode === 'edit' ? { name: editing.role.name, permissions: editing.role.permissions } : { name: '', permissions: [] }}
          submitLabel={editing.mode === 'edit' ? 'Save Changes' : 'Create Role'}
          onCancel={onClose}
          onSubmit={async (body) => onSaved(await save.mutateAsync({ roleId: editing.mode === 'edit' ? editing.role.id : undefined, body }))}
        />
      ) : null}
    </Modal>
  );
}
