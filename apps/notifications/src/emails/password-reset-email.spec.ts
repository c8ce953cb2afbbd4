import type { PasswordResetRequested } from '@tailwise/contracts';
import { renderPasswordResetEmail } from './password-reset-email';

const requested: PasswordResetRequested = {
  audience: 'hq',
  userId: 'c7d6b1a0-2e3f-4a5b-9c8d-7e6f5a4b3c33',
  email: 'ana@example.com',
  name: 'Ana Ruiz',
  organizationId: '2b8f0a3e-4c55-4f0e-9a53-6f1d2d0c9e11',
  tokenId: '8d0c6f4e-1c1b-4b5e-8f43-2f7f1f0f2a22',
  expiresAt: '2026-03-01T13:00:00.000Z',
};

describe('renderPasswordResetEmail', () => {
  it('sends staff to HQ set-password, valid for 1 hour', () => {
    const email = renderPasswordResetEmail(requested, 'https://app.tailwise.test', 'tok/en');
    expect(email.subject).toBe('Reset your Tailwise password');
    expect(email.text).toContain('Hi Ana Ruiz,');
    expect(email.text).toContain('reset the password of the Tailwise account for ana@example.com.');
    expect(email.text).toContain('\nhttps://app.tailwise.test/set-password#token=tok%2Fen\n');
    expect(email.text).toContain('This link works once and expires in 1 hour.');
    expect(email.text).toContain("If you didn't ask for this, you can ignore this email");
    expect(email.html).toContain('<a href="https://app.tailwise.test/set-password#token=tok%2Fen">Choose a new password</a>');
  });

  it('sends portal users to the portal set-password page and says Tailwise Portal', () => {
    const email = renderPasswordResetEmail({ ...requested, audience: 'portal', organizationId: null }, 'https://app.tailwise.test', 'tok');
    expect(email.subject).toBe('Reset your Tailwise Portal password');
    expect(email.text).toContain('the Tailwise Portal account for ana@example.com.');
    expect(email.text).toContain('\nhttps://app.tailwise.test/portal/set-password#token=tok\n');
  });

  it('escapes the name in the HTML', () => {
    const email = renderPasswordResetEmail({ ...requested, name: '<script>alert(1)</script>' }, 'https://app.tailwise.test', 'tok');
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('Hi &lt;script&gt;alert(1)&lt;/script&gt;,');
  });
});
