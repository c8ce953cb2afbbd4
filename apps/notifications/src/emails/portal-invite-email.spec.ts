import type { PortalInvitationSent } from '@tailwise/contracts';
import { renderPortalInviteEmail } from './portal-invite-email';

const sent: PortalInvitationSent = {
  invitationId: '8d0c6f4e-1c1b-4b5e-8f43-2f7f1f0f2a22',
  kind: 'invite',
  organizationId: '2b8f0a3e-4c55-4f0e-9a53-6f1d2d0c9e11',
  organizationName: 'Paws & Whiskers',
  clientId: 'c7d6b1a0-2e3f-4a5b-9c8d-7e6f5a4b3c33',
  clientName: 'Happy Tails Rescue',
  email: 'rescue@example.com',
  invitedByName: 'Ana Ruiz',
  expiresAt: '2026-03-04T12:00:00.000Z',
};

describe('renderPortalInviteEmail', () => {
  it('names the organization, the inviter and the client, and links to the portal invitation page', () => {
    const email = renderPortalInviteEmail(sent, 'https://app.tailwise.test', 'tok');
    expect(email.subject).toBe('Paws & Whiskers invites you to the Tailwise Portal');
    expect(email.text).toContain(
      'Ana Ruiz at Paws & Whiskers invites you to the Tailwise Portal to see the appointments, documents and invoices of Happy Tails Rescue',
    );
    expect(email.text).toContain('\nhttps://app.tailwise.test/portal/invitation#token=tok\n');
    expect(email.text).toContain('This link works once and expires in 72 hours.');
    expect(email.text).toContain("If you weren't expecting this email, you can ignore it");
    expect(email.html).toContain('<a href="https://app.tailwise.test/portal/invitation#token=tok">Accept the invitation</a>');
  });

  it('leaves the inviter out when there is none', () => {
    const email = renderPortalInviteEmail({ ...sent, invitedByName: null }, 'https://app.tailwise.test', 'tok');
    expect(email.text).toContain('\nPaws & Whiskers invites you to the Tailwise Portal');
  });

  it('escapes names in the HTML and keeps line breaks out of the subject', () => {
    const email = renderPortalInviteEmail(
      { ...sent, organizationName: 'Paws\r\n<b>Bold</b>', clientName: '<script>x</script>', invitedByName: "O'Neil" },
      'https://app.tailwise.test',
      'tok',
    );
    expect(email.subject).toBe('Paws <b>Bold</b> invites you to the Tailwise Portal');
    expect(email.html).not.toMatch(/<script|<b>/);
    expect(email.html).toContain('O&#39;Neil at <strong>Paws &lt;b&gt;Bold&lt;/b&gt;</strong>');
    expect(email.html).toContain('<strong>&lt;script&gt;x&lt;/script&gt;</strong>');
  });
});
