import { Anchor, Button, Divider, Stack, Text, Title } from '@mantine/core';
import type { PortalInvitationInfo } from '@tailwise/contracts';
import { AuthLayout, linkTokenFrom } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { invitationQuery } from './link-queries';
import { LinkAccountForm } from './link-account-form';
import { CheckingLink, UnusableLink } from './link-states';
import { NewAccountForm } from './new-account-form';

export type InvitationChoice = 'new-account' | 'sign-in';

/**
 * Where the page starts: an email that already has a login leads with signing in to link it;
 * anyone else first chooses, as the clinics' guides describe (click New Account, or sign in).
 */
export function firstInvitationChoice(info: Pick<PortalInvitationInfo, 'existingAccount'>): InvitationChoice | null {
  return info.existingAccount ? 'sign-in' : null;
}

/** The heading: a clinic's invitation, or a claim (the clinic allowed an individual client to log in). */
export function invitationTitle(info: Pick<PortalInvitationInfo, 'kind' | 'organizationName'>): string {
  return info.kind === 'claim'
    ? `Set up your login for ${info.organizationName}`
    : `${info.organizationName} invites you to the Tailwise Portal`;
}

const signInFooter = (
  <Anchor component={Link} to="/sign-in" size="sm">
    Go to Sign In
  </Anchor>
);

/** `/portal/invitation#token=…`, from an invitation or claim email; works signed in or out. */
export function InvitationPage() {
  const token = linkTokenFrom(useLocation().hash);
  if (!token) return <UnusableLink error={null} onRetry={() => undefined} footer={signInFooter} />;
  return <Invitation token={token} />;
}

function Invitation({ token }: { token: string }) {
  const invitation = useQuery(invitationQuery(token));
  if (invitation.isPending) return <CheckingLink title="Your invitation" />;
  if (invitation.isError) return <UnusableLink error={invitation.error} onRetry={() => void invitation.refetch()} footer={signInFooter} />;
  return <InvitationChoices token={token} info={invitation.data} />;
}

function InvitationChoices({ token, info }: { token: string; info: PortalInvitationInfo }) {
  const navigate = useNavigate();
  const [choice, setChoice] = useState<InvitationChoice | null>(() => firstInvitationChoice(info));
  const accepted = () => navigate('/', { replace: true });

  const newAccountButton = (
    <Button variant={choice === null ? 'filled' : 'light'} onClick={() => setChoice('new-account')}>
      New Account
    </Button>
  );
  const signInButton = (
    <Button variant={choice === null ? 'default' : 'light'} onClick={() => setChoice('sign-in')}>
      Sign in to link it
    </Button>
  );

  return (
    <AuthLayout
      title={invitationTitle(info)}
      subtitle={
        <>
          For {info.clientName} · <strong>{info.email}</strong>
        </>
      }
      footer={
        <Text size="xs" c="dimmed">
          This link works once and expires {formatExpiry(info.expiresAt)}.
        </Text>
      }
    >
      {choice === 'new-account' ? (
        <Stack gap="md">
          <Title order={2} size="h4">
            New Account
          </Title>
          <Text size="sm">Your login is {info.email}. You can add the rest of your team once you are in.</Text>
          <NewAccountForm token={token} suggestedName={info.suggestedName} onAccepted={accepted} />
          <Divider />
          <Choice question="Already have a Tailwise Portal account?">{signInButton}</Choice>
        </Stack>
      ) : choice === 'sign-in' ? (
        <Stack gap="md">
          <Title order={2} size="h4">
            Sign in to link your account
          </Title>
          <Text size="sm">
            Already have a Tailwise Portal account? Sign in to link it. Linking adds {info.organizationName} to that account, beside the
            clinics it already has, so one login sees them all.
          </Text>
          <LinkAccountForm token={token} email={info.email} onAccepted={accepted} />
          <Divider />
          <Choice question="New to the Tailwise Portal?">{newAccountButton}</Choice>
        </Stack>
      ) : (
        <Stack gap="lg">
          <Choice question={`New to the Tailwise Portal? Create a login for ${info.email}.`}>{newAccountButton}</Choice>
          <Divider />
          <Choice question="Already have a Tailwise Portal account? Signing in links it, so one login sees all your clinics.">{signInButton}</Choice>
        </Stack>
      )}
    </AuthLayout>
  );
}

function Choice({ question, children }: { question: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Text size="sm">{question}</Text>
      {children}
    </Stack>
  );
}

function formatExpiry(iso: string): string {
  return `on ${new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))}`;
}
