import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  type PortalUserAddRequest,
  portalUserAddRequestSchema,
  type PortalUserUpdateRequest,
  portalUserUpdateRequestSchema,
} from '@tailwise/contracts';
import { formFailureOf } from '@tailwise/web-api';
import { FormActions, FormAlert, formErrorFor, TextField } from '@tailwise/web-ui';
import { type BaseSyntheticEvent, useState } from 'react';
import { type Control, Controller, type FieldValues, type Path, type UseFormSetError, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { PERMISSION_OPTIONS } from './permission-labels';

interface UserFormProps<TBody> {
  submitLabel: string;
  onSubmit: (body: TBody) => Promise<void>;
  onCancel: () => void;
}

/** Add User: name, email (their login; they get an email to set a password) and permissions. */
export function AddUserForm({ defaultValues, ...props }: UserFormProps<PortalUserAddRequest> & { defaultValues: PortalUserAddRequest }) {
  const form = useForm<z.input<typeof portalUserAddRequestSchema>, unknown, PortalUserAddRequest>({
    resolver: zodResolver(portalUserAddRequestSchema),
    defaultValues,
  });
  const { formError, submit } = useSubmit(form.handleSubmit, form.setError, ['name', 'email', 'permissions'], props.onSubmit);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert message={formError} />
        <TextField control={form.control} name="name" label="Name" autoComplete="off" required />
        <TextField
          control={form.control}
          name="email"
          label="Email"
          type="email"
          autoComplete="off"
          description="Their login. They get an email with a link to set their password."
          required
        />
        <PermissionsField control={form.control} />
        <FormActions submitLabel={props.submitLabel} submitting={form.formState.isSubmitting} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}

/** Edit: name and permissions; the email is the user's login and stays. */
export function EditUserForm({
  email,
  defaultValues,
  ...props
}: UserFormProps<PortalUserUpdateRequest> & { email: string; defaultValues: PortalUserUpdateRequest }) {
  const form = useForm<z.input<typeof portalUserUpdateRequestSchema>, unknown, PortalUserUpdateRequest>({
    resolver: zodResolver(portalUserUpdateRequestSchema),
    defaultValues,
  });
  const { formError, submit } = useSubmit(form.handleSubmit, form.setError, ['name', 'permissions'], props.onSubmit);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert message={formError} />
        <Text size="sm">
          Login: <strong>{email}</strong>
        </Text>
        <TextField control={form.control} name="name" label="Name" autoComplete="off" required />
        <PermissionsField control={form.control} />
        <FormActions submitLabel={props.submitLabel} submitting={form.formState.isSubmitting} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}

/** A labelled group with a checkbox per permission; its error shows under the group. */
function PermissionsField<TValues extends FieldValues & { permissions: string[] }, TBody>({
  control,
}: {
  control: Control<TValues, unknown, TBody>;
}) {
  return (
    <Controller
      control={control}
      name={'permissions' as Path<TValues>}
      render={({ field, fieldState }) => (
        <Checkbox.Group label="Permissions" value={field.value} onChange={field.onChange} error={fieldState.error?.message}>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt="xs">
            {PERMISSION_OPTIONS.map((option) => (
              <Checkbox key={option.value} value={option.value} label={option.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
    />
  );
}

/** Submits through `onSubmit`; a refusal goes on the fields it names (e.g. an email already taken), else above the form. */
function useSubmit<TValues extends FieldValues, TBody>(
  handleSubmit: (onValid: (body: TBody) => Promise<void>) => (event?: BaseSyntheticEvent) => Promise<void>,
  setError: UseFormSetError<TValues>,
  fields: readonly Path<TValues>[],
  onSubmit: (body: TBody) => Promise<void>,
) {
  const [formError, setFormError] = useState<string | null>(null);
  const submit = handleSubmit(async (body) => {
    setFormError(null);
    try {
      await onSubmit(body);
    } catch (error) {
      setFormError(formErrorFor(formFailureOf(error), setError, fields));
    }
  });
  return { formError, submit };
}
