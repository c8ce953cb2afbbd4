import type { PortalInvitationSent } from '@tailwise/contracts';
import { renderPortalClaimEmail } from './portal-claim-email';

const claim: PortalInvitationSent = {
  invitationId: '8d0c6f4e-1c1b-4b5e-8f43-2f7f1f0f2a22',
  kind: 'claim',
  organizationId: '2b8f0a3e-4c55-4f0e-9a53-6f1d2d0c9e11',
  organizationName: 'Paws & Whiskers',
  clientId: 'c7d6b1a0-2e3f-4a5b-9c8d-7e6f5a4b3c33',
  clientName: 'Eve Park',
  email: 'eve@example.com',
  invitedByName: null,
  expiresAt: '2026-03-04T12:00:00.000Z',
};

describe('renderPortalClaimEmail', () => {
  it('greets the client, names the organization and links to the portal invitation page', () => {
    const email = renderPortalClaimEmail(claim, 'https://app.tailwise.test', 'tok');
    expect(email.subject).toBe('Set up your Paws & Whiskers client portal login');
    expect(email.text).toContain('Hi Eve Park,');
    expect(email.text).toContain('Paws & Whiskers made a Tailwise Portal login for you with this email address.');
    expect(email.text).toContain('\nhttps://app.tailwise.test/portal/invitation#token=tok\n');
    expect(email.text).toContain('This link works once and expires in 72 hours.');
    expect(email.text).toContain("If you weren't expecting this email, you can ignore it");
    expect(email.html).toContain('<a href="https://app.tailwise.test/portal/invitation#token=tok">Set up your login</a>');
  });

  it('escapes names in the HTML and keeps line breaks out of the subject', () => {
    const email = renderPortalClaimEmail(
      { ...claim, organizationName: 'Paws\n& <b>Co</b>', clientName: '<img src=x onerror=alert(1)>' },
      'https://app.tailwise.test',
      'tok',
    );
    expect(email.subject).toBe('Set up your Paws & <b>Co</b> client portal login');
    expect(email.html).not.toMatch(/<img|<b>/);
    expect(email.html).toContain('Hi &lt;img src=x onerror=alert(1)&gt;,');
  });
});
