import type { PortalUserInvited } from '@tailwise/contracts';
import { renderPortalUserInviteEmail } from './portal-user-invite-email';

const invited: PortalUserInvited = {
  portalAccountId: '2b8f0a3e-4c55-4f0e-9a53-6f1d2d0c9e11',
  accountName: 'Happy Tails Rescue',
  portalUserId: 'c7d6b1a0-2e3f-4a5b-9c8d-7e6f5a4b3c33',
  email: 'cy@example.com',
  name: 'Cy Lee',
  invitedByName: 'Dee Moss',
  tokenId: '8d0c6f4e-1c1b-4b5e-8f43-2f7f1f0f2a22',
  expiresAt: '2026-03-04T12:00:00.000Z',
};

describe('renderPortalUserInviteEmail', () => {
  it('says who added the user to which account, and links to the portal set-password page', () => {
    const email = renderPortalUserInviteEmail(invited, 'https://app.tailwise.test', 'tok');
    expect(email.subject).toBe('Dee Moss added you to Happy Tails Rescue on Tailwise Portal');
    expect(email.text).toContain('Hi Cy Lee,');
    expect(email.text).toContain('Dee Moss added you to Happy Tails Rescue on the Tailwise Portal');
    expect(email.text).toContain('\nhttps://app.tailwise.test/portal/set-password#token=tok\n');
    expect(email.text).toContain('This link works once and expires in 72 hours.');
    expect(email.text).toContain("If you weren't expecting this email, you can ignore it");
    expect(email.html).toContain('<a href="https://app.tailwise.test/portal/set-password#token=tok">Set your password</a>');
  });

  it('escapes names in the HTML and keeps line breaks out of the subject', () => {
    const email = renderPortalUserInviteEmail(
      { ...invited, invitedByName: 'Dee\nBcc: x@evil.test', accountName: '<i>Tails</i> & Co', name: '"Cy"' },
      'https://app.tailwise.test',
      'tok',
    );
    expect(email.subject).toBe('Dee Bcc: x@evil.test added you to <i>Tails</i> & Co on Tailwise Portal');
    expect(email.html).not.toContain('<i>');
    expect(email.html).toContain('<strong>&lt;i&gt;Tails&lt;/i&gt; &amp; Co</strong>');
    expect(email.html).toContain('Hi &quot;Cy&quot;,');
  });
});
