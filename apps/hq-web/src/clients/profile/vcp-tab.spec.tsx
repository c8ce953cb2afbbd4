import type { PortalAccess } from '@tailwise/contracts';
import { ApiError } from '@tailwise/web-api';
import { labelsOf, textsOf } from '@tailwise/web-ui';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { CLIENT_ID, volume } from '../../test/clients';
import { ada, admin, renderApp } from '../../test/render-app';
import { renderStatic } from '../../test/render-static';
import { clientKeys } from '../client-queries';
import { inviteFailureOf, type InviteStep, stepAfterInvite, VcpInviteStep } from './vcp-invite-dialog';
import { inviteButtonLabel } from './vcp-tab';

const ACCOUNT_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const never: PortalAccess = { clientId: CLIENT_ID, status: 'none', account: null, lastPortalLoginAt: null, invited: false, history: [] };

const sentEntry = {
  id: '8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  kind: 'invitation-sent' as const,
  at: '2030-01-01T11:00:00.000Z',
  email: 'dana@rescue.test',
  by: 'Ada Lovelace',
  invitationStatus: 'pending' as const,
};
const invited: PortalAccess = { ...never, status: 'invited', invited: true, history: [sentEntry] };
const active: PortalAccess = {
  ...invited,
  status: 'active',
  account: { id: ACCOUNT_ID, name: 'Alley Cat Rescue Portal' },
  lastPortalLoginAt: '2030-01-02T15:30:00.000Z',
  history: [
    { id: '9c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f', kind: 'invitation-accepted', at: '2030-01-02T09:00:00.000Z', email: 'dana@rescue.test', by: null, invitationStatus: null },
    { ...sentEntry, invitationStatus: 'accepted' },
  ],
};

const withAccess = (access: PortalAccess) => (queryClient: QueryClient) => {
  queryClient.setQueryData(clientKeys.detail(CLIENT_ID), volume);
  queryClient.setQueryData(clientKeys.portalAccess(CLIENT_ID), access);
};
const vcp = `/clients/${CLIENT_ID}/vcp`;
const buttons = (html: string) => textsOf(html, 'button');

describe('the VCP tab', () => {
  it('before any invitation: status None, last portal login Never, and Send', () => {
    const html = renderApp(vcp, admin, withAccess(never));
    expect(textsOf(html, 'h2')).toContain('Volume Client Portal');
    expect(textsOf(html, 'dd')).toEqual(['None', '—', 'Never']);
    expect(buttons(html)).toContain('Send');
    expect(buttons(html)).not.toContain('Generate New Invite');
    expect(buttons(html)).not.toContain('Close Access');
    expect(buttons(html)).not.toContain('Delete access permanently');
    expect(textsOf(html, 'h2')).toContain('No history yet');
  });

  it('after an invitation is sent: Generate New Invite, and the invitation in History', () => {
    const html = renderApp(vcp, admin, withAccess(invited));
    expect(textsOf(html, 'dd')[0]).toBe('Invited');
    expect(buttons(html)).toContain('Generate New Invite');
    expect(buttons(html)).not.toContain('Send');
    expect(textsOf(html, 'th')).toEqual(expect.arrayContaining(['When', 'What', 'Email', 'By', 'Invitation status']));
    expect(textsOf(html, 'tr')).toContain('Jan 1, 2030, 11:00 AMInvitation sentdana@rescue.testAda LovelacePending');
  });

  it('with active access: the linked account, the last portal login, Close Access and, for an admin, Delete access permanently', () => {
    const html = renderApp(vcp, admin, withAccess(active));
    expect(textsOf(html, 'dd')).toEqual(['Active', 'Alley Cat Rescue Portal', 'Jan 2, 2030, 3:30 PM']);
    expect(buttons(html)).toEqual(expect.arrayContaining(['Generate New Invite', 'Close Access', 'Delete access permanently']));
    expect(textsOf(html, 'tr')).toEqual(
      expect.arrayContaining(['Jan 2, 2030, 9:00 AMInvitation accepteddana@rescue.test——', 'Jan 1, 2030, 11:00 AMInvitation sentdana@rescue.testAda LovelaceAccepted']),
    );
  });

  it('offers Delete access permanently to admins only', () => {
    const manager = { ...ada, role: 'Front desk', permissions: ['portal-access.manage'] };
    const html = renderApp(vcp, manager, withAccess(active));
    expect(buttons(html)).toEqual(expect.arrayContaining(['Generate New Invite', 'Close Access']));
    expect(buttons(html)).not.toContain('Delete access permanently');
  });

  it('without Manage portal access: status and History, no buttons', () => {
    const html = renderApp(vcp, ada, withAccess(active));
    expect(textsOf(html, 'dd')[0]).toBe('Active');
    expect(textsOf(html, 'tr').length).toBeGreaterThan(1);
    for (const action of ['Send', 'Generate New Invite', 'Close Access', 'Delete access permanently']) expect(buttons(html)).not.toContain(action);
  });

  it('names the button by whether an invitation was ever sent', () => {
    expect(inviteButtonLabel({ invited: false })).toBe('Send');
    expect(inviteButtonLabel({ invited: true })).toBe('Generate New Invite');
  });
});

describe('Send / Generate New Invite', () => {
  const account = { id: ACCOUNT_ID, name: 'Alley Cat Rescue Portal', userName: 'Dana Okafor', userEmail: 'dana@rescue.test' };
  const step = (current: InviteStep) =>
    renderStatic(
      <VcpInviteStep
        step={current}
        clientName="Alley Cat Rescue"
        suggestedEmail="billing@rescue.test"
        linkError={null}
        linking={false}
        onInvite={async () => undefined}
        onAskToLink={() => undefined}
        onConfirmLink={() => undefined}
        onCancel={() => undefined}
      />,
      admin,
    );

  it('asks for the email, offering the client\'s own', () => {
    const html = step({ step: 'email' });
    expect(labelsOf(html)).toEqual(['Email']);
    expect(html).toContain('value="billing@rescue.test"');
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Send Invitation[\s\S]*?<\/button>/);
  });

  it('closes once sent; an email with a portal login leads to Link with Account instead', () => {
    expect(stepAfterInvite('dana@rescue.test', { outcome: 'sent', access: invited })).toBeNull();
    expect(stepAfterInvite('dana@rescue.test', { outcome: 'existing-account', account, access: never })).toEqual({
      step: 'existing-account',
      email: 'dana@rescue.test',
      account,
    });
  });

  it('shows the existing account (name, user name, email) with Link with Account', () => {
    const html = step({ step: 'existing-account', email: 'dana@rescue.test', account });
    expect(textsOf(html, 'dd')).toEqual(['Alley Cat Rescue Portal', 'Dana Okafor', 'dana@rescue.test']);
    expect(html).toContain('Linking is irreversible');
    expect(buttons(html)).toEqual(['Link with Account', 'Cancel']);
  });

  it('asks for confirmation, saying plainly the link cannot be undone', () => {
    const html = step({ step: 'confirm-link', email: 'dana@rescue.test', account });
    expect(textsOf(html, 'p').join(' ')).toContain("Linking can't be undone. Alley Cat Rescue Portal will see Alley Cat Rescue's appointments");
    expect(buttons(html)).toEqual(['Cancel', 'Link with Account']);
  });

  it('shows a conflict under Email', () => {
    const message = 'This email already has access to this client\'s portal.';
    expect(inviteFailureOf(new ApiError({ status: 409, code: 'CONFLICT', message }))).toEqual({ issues: [{ path: 'email', message }] });
    const issues = [{ path: 'email', message: 'This client already has portal access with another account.' }];
    expect(inviteFailureOf(new ApiError({ status: 409, code: 'CONFLICT', message: 'Conflict', issues }))).toEqual({ issues });
    expect(inviteFailureOf(new ApiError({ status: 403, code: 'FORBIDDEN', message: 'No' }))).toEqual({ message: 'No' });
  });
});
