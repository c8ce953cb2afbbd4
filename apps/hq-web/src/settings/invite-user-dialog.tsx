import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, SimpleGrid, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type Role, type StaffInviteRequest, staffInviteRequestSchema, type StaffUser } from '@tailwise/contracts';
import { formFailureOf } from '@tailwise/web-api';
import { FormActions, FormAlert, formErrorFor, MOBILE_MEDIA_QUERY, SelectField, TextField } from '@tailwise/web-ui';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useInviteUser } from './staff-queries';

// The contract's own message for a missing role would be about a malformed id.
const inviteFormSchema = staffInviteRequestSchema.extend({ roleId: z.uuid({ error: 'Choose a role' }) });
type InviteValues = z.input<typeof inviteFormSchema>;
const FIELDS = ['firstName', 'lastName', 'email', 'roleId'] as const;

/** The role a new user gets unless another is chosen: the first that is not Admin, so nobody is made an admin by accident. */
export function defaultRoleId(roles: readonly Role[]): string {
  return (roles.find((role) => !role.isAdmin) ?? roles[0])?.id ?? '';
}

export interface InviteUserFormProps {
  roles: readonly Role[];
  onSubmit: (body: StaffInviteRequest) => Promise<unknown>;
  onCancel?: () => void;
}

/** First name, last name, email and role of a new staff user; an email already in use shows under Email. */
export function InviteUserForm({ roles, onSubmit, onCancel }: InviteUserFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<InviteValues, unknown, StaffInviteRequest>({
    resolver: zodResolver(inviteFormSchema),
    defaultValues: { firstName: '', lastName: '', email: '', roleId: defaultRoleId(roles) },
  });

  const submit = form.handleSubmit(async (body) => {
    setFormError(null);
    try {
      await onSubmit(body);
    } catch (error) {
      setFormError(formErrorFor(formFailureOf(error), form.setError, FIELDS));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Invite User">
      <Stack gap="md">
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextField control={form.control} name="firstName" label="First name" autoComplete="off" required data-autofocus />
          <TextField control={form.control} name="lastName" label="Last name" autoComplete="off" required />
        </SimpleGrid>
        <TextField
          control={form.control}
          name="email"
          label="Email"
          type="email"
          autoComplete="off"
          description="They get an email with a link to set their password (valid 72 hours)."
          required
        />
        <SelectField
          control={form.control}
          name="roleId"
          label="Role"
          options={roles.map((role) => ({ value: role.id, label: role.name }))}
          required
        />
        <FormActions submitLabel="Send Invitation" submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

export interface InviteUserDialogProps {
  opened: boolean;
  roles: readonly Role[];
  onClose: () => void;
  onInvited: (user: StaffUser) => void;
}

/** The Invite User window; full screen on a phone. */
export function InviteUserDialog({ opened, roles, onClose, onInvited }: InviteUserDialogProps) {
  const invite = useInviteUser();
  const fullScreen = useMediaQuery(MOBILE_MEDIA_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Invite User"
      size="lg"
      fullScreen={fullScreen}
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
      closeOnClickOutside={false}
    >
      <InviteUserForm roles={roles} onCancel={onClose} onSubmit={async (body) => onInvited(await invite.mutateAsync(body))} />
    </Modal>
  );
}
