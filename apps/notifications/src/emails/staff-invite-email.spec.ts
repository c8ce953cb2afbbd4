import type { StaffUserInvited } from '@tailwise/contracts';
import { renderStaffInviteEmail } from './staff-invite-email';

const invited: StaffUserInvited = {
  organizationId: '2b8f0a3e-4c55-4f0e-9a53-6f1d2d0c9e11',
  organizationName: 'Paws & Whiskers',
  userId: 'c7d6b1a0-2e3f-4a5b-9c8d-7e6f5a4b3c33',
  email: 'ben@example.com',
  firstName: 'Ben',
  invitedByName: 'Ana Ruiz',
  tokenId: '8d0c6f4e-1c1b-4b5e-8f43-2f7f1f0f2a22',
  expiresAt: '2026-03-04T12:00:00.000Z',
};
const link = 'https://app.tailwise.test/set-password#token=s3cr3t-T0ken_x';

describe('renderStaffInviteEmail', () => {
  it('names the organization and who invited, and links to HQ set-password with the secret', () => {
    const email = renderStaffInviteEmail(invited, 'https://app.tailwise.test/', 's3cr3t-T0ken_x');
    expect(email.subject).toBe("You're invited to Paws & Whiskers on Tailwise");
    expect(email.text).toContain('Hi Ben,');
    expect(email.text).toContain('Ana Ruiz invited you to join Paws & Whiskers on Tailwise.');
    expect(email.text).toContain(`\n${link}\n`);
    expect(email.text).toContain('This link works once and expires in 72 hours.');
    expect(email.text).toContain("If you weren't expecting this email, you can ignore it");
    expect(email.html).toContain(`<a href="${link}">Set your password</a>`);
    expect(email.html).toContain('Ana Ruiz invited you to join <strong>Paws &amp; Whiskers</strong> on Tailwise.');
  });

  it('still reads well when nobody is named as the inviter', () => {
    const email = renderStaffInviteEmail({ ...invited, invitedByName: null }, 'https://app.tailwise.test', 'x');
    expect(email.text).toContain('You are invited to join Paws & Whiskers on Tailwise.');
  });

  it('escapes names in the HTML and keeps line breaks out of the subject', () => {
    const email = renderStaffInviteEmail(
      { ...invited, organizationName: 'Evil\r\nBcc: x@evil.test <img src=x>', firstName: '<script>x</script>', invitedByName: '<b>Ana</b>' },
      'https://app.tailwise.test',
      'x',
    );
    expect(email.subject).toBe("You're invited to Evil Bcc: x@evil.test <img src=x> on Tailwise");
    expect(email.html).not.toMatch(/<script|<img|<b>/);
    expect(email.html).toContain('Hi &lt;script&gt;x&lt;/script&gt;,');
    expect(email.html).toContain('&lt;b&gt;Ana&lt;/b&gt; invited you');
  });
});
