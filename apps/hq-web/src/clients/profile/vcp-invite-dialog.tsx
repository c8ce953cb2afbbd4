import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ExistingPortalAccount, type PortalInviteRequest, portalInviteRequestSchema, type PortalInviteResult } from '@tailwise/contracts';
import { formFailureOf, isApiError } from '@tailwise/web-api';
import { FormActions, FormAlert, formErrorFor, type FormFailure, MOBILE_MEDIA_QUERY, TextField } from '@tailwise/web-ui';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { DetailList } from './detail-list';
import { useInviteToPortal, useLinkWithAccount } from './portal-access-queries';

/**
 * Where the invite window is: asking for the email; showing the portal account that email
 * already belongs to (nothing was sent); or asking to confirm Link with Account.
 */
export type InviteStep =
  | { step: 'email' }
  | { step: 'existing-account'; email: string; account: ExistingPortalAccount }
  | { step: 'confirm-link'; email: string; account: ExistingPortalAccount };

/** The step after an invitation request: `null` when it was sent (the window closes). */
export function stepAfterInvite(email: string, result: PortalInviteResult): InviteStep | null {
  return result.outcome === 'existing-account' ? { step: 'existing-account', email, account: result.account } : null;
}

/**
 * A refused invitation as the form shows it: a conflict (the client is linked to another
 * account, or this email already has access) is about the email, so it shows under Email.
 */
export function inviteFailureOf(error: unknown): FormFailure {
  if (isApiError(error) && error.status === 409 && error.issues.length === 0) return { issues: [{ path: 'email', message: error.message }] };
  return formFailureOf(error);
}

export function linkConfirmationMessage(clientName: string, accountName: string): string {
  return `Linking can't be undone. ${accountName} will see ${clientName}'s appointments, documents and invoices at this clinic, and the link can't be removed later except by deleting ${clientName}'s portal access permanently.`;
}

export interface VcpInviteDialogProps {
  opened: boolean;
  clientId: string;
  clientName: string;
  /** The title, e.g. "Invite to Volume Client Portal". */
  title: string;
  /** Offered in the Email field, e.g. the client's own email. */
  suggestedEmail: string;
  onClose: () => void;
  /** The invitation was emailed. */
  onSent: (email: string) => void;
  /** The client is now linked with the existing account. */
  onLinked: (accountName: string) => void;
}

/** Send / Generate New Invite, and Link with Account when the email already has a portal login. Full screen on a phone. */
export function VcpInviteDialog({ opened, clientId, clientName, title, suggestedEmail, onClose, onSent, onLinked }: VcpInviteDialogProps) {
  const invite = useInviteToPortal(clientId);
  const link = useLinkWithAccount(clientId);
  const [step, setStep] = useState<InviteStep>({ step: 'email' });
  const [linkError, setLinkError] = useState<string | null>(null);
  const fullScreen = useMediaQuery(MOBILE_MEDIA_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;

  const close = () => {
    setStep({ step: 'email' });
    setLinkError(null);
    onClose();
  };

  const linkWithAccount = (email: string, accountName: string) => {
    setLinkError(null);
    link.mutate(email, {
      onSuccess: () => {
        close();
        onLinked(accountName);
      },
      onError: (error) => setLinkError(error.message),
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={link.isPending ? () => undefined : close}
      title={step.step === 'confirm-link' ? 'Link with Account?' : title}
      size="lg"
      fullScreen={fullScreen}
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
      closeOnClickOutside={false}
    >
      <VcpInviteStep
        step={step}
        clientName={clientName}
        suggestedEmail={suggestedEmail}
        linkError={linkError}
        linking={link.isPending}
        onInvite={async (email) => {
          const next = stepAfterInvite(email, await invite.mutateAsync(email));
          if (next) {
            setStep(next);
          } else {
            close();
            onSent(email);
          }
        }}
        onAskToLink={() => step.step === 'existing-account' && setStep({ ...step, step: 'confirm-link' })}
        onConfirmLink={() => step.step === 'confirm-link' && linkWithAccount(step.email, step.account.name)}
        onCancel={close}
      />
    </Modal>
  );
}

export interface VcpInviteStepProps {
  step: InviteStep;
  clientName: string;
  suggestedEmail: string;
  /** Why Link with Account failed. */
  linkError: string | null;
  linking: boolean;
  onInvite: (email: string) => Promise<void>;
  onAskToLink: () => void;
  onConfirmLink: () => void;
  onCancel: () => void;
}

/** What the invite window shows at each step. */
export function VcpInviteStep({ step, clientName, suggestedEmail, linkError, linking, onInvite, onAskToLink, onConfirmLink, onCancel }: VcpInviteStepProps) {
  if (step.step === 'email') return <InviteEmailForm suggestedEmail={suggestedEmail} onInvite={onInvite} onCancel={onCancel} />;

  if (step.step === 'existing-account') {
    return (
      <Stack gap="md">
        <Text>{`${step.email} already has a Tailwise Portal login, so no invitation was sent. You can link ${clientName} with that portal account instead.`}</Text>
        <DetailList
          title="Existing portal account"
          details={[
            { label: 'Account', value: step.account.name },
            { label: 'User name', value: step.account.userName },
            { label: 'Email', value: step.account.userEmail },
          ]}
        />
        <Alert color="orange" variant="light" title="Review before linking">
          Linking is irreversible. Make sure this is the right account.
        </Alert>
        <Group gap="sm">
          <Button onClick={onAskToLink}>Link with Account</Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <FormAlert message={linkError} />
      <Text>{linkConfirmationMessage(clientName, step.account.name)}</Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} disabled={linking} data-autofocus>
          Cancel
        </Button>
        <Button color="red" onClick={onConfirmLink} loading={linking}>
          Link with Account
        </Button>
      </Group>
    </Stack>
  );
}

const FIELDS = ['email'] as const;

function InviteEmailForm({ suggestedEmail, onInvite, onCancel }: { suggestedEmail: string; onInvite: (email: string) => Promise<void>; onCancel: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof portalInviteRequestSchema>, unknown, PortalInviteRequest>({
    resolver: zodResolver(portalInviteRequestSchema),
    defaultValues: { email: suggestedEmail },
  });

  const submit = form.handleSubmit(async ({ email }) => {
    setFormError(null);
    try {
      await onInvite(email);
    } catch (error) {
      setFormError(formErrorFor(inviteFailureOf(error), form.setError, FIELDS));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Invitation">
      <Stack gap="md">
        <FormAlert message={formError} />
        <TextField
          control={form.control}
          name="email"
          label="Email"
          type="email"
          autoComplete="off"
          description="We email an invitation link here (valid 72 hours). If this email already has a portal login, you can link that account instead."
          required
          data-autofocus
        />
        <FormActions submitLabel="Send Invitation" submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
