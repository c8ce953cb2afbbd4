import type { OrganizationSignedUp } from '@tailwise/contracts';
import { renderWelcomeEmail } from './welcome-email';

const signedUp: OrganizationSignedUp = {
  organizationId: '2b8f0a3e-4c55-4f0e-9a53-6f1d2d0c9e11',
  organizationName: 'Paws & Whiskers',
  clinicId: '8d0c6f4e-1c1b-4b5e-8f43-2f7f1f0f2a22',
  clinicName: 'Eastside Spay/Neuter',
  admin: { userId: 'c7d6b1a0-2e3f-4a5b-9c8d-7e6f5a4b3c33', email: 'ana@example.com', firstName: 'Ana', lastName: 'Ruiz' },
};

describe('renderWelcomeEmail', () => {
  it('greets the admin by first name and names the organization and clinic', () => {
    const email = renderWelcomeEmail(signedUp, 'https://app.tailwise.test');
    expect(email.subject).toBe('Welcome to Tailwise, Ana');
    expect(email.text).toContain('Hi Ana,');
    expect(email.text).toContain('Paws & Whiskers is set up, with Eastside Spay/Neuter as its first clinic.');
    expect(email.html).toContain('<p>Hi Ana,</p>');
    expect(email.html).toContain('<strong>Paws &amp; Whiskers</strong>');
    expect(email.html).toContain('<strong>Eastside Spay/Neuter</strong>');
  });

  it('links to the sign-in page of the public URL, with or without a trailing slash', () => {
    for (const publicUrl of ['https://app.tailwise.test', 'https://app.tailwise.test/']) {
      const email = renderWelcomeEmail(signedUp, publicUrl);
      expect(email.text).toContain('\nhttps://app.tailwise.test/sign-in\n');
      expect(email.html).toContain('<a href="https://app.tailwise.test/sign-in">');
    }
  });

  it('escapes names in the HTML so they cannot inject markup', () => {
    const email = renderWelcomeEmail(
      {
        ...signedUp,
        organizationName: '<img src=x onerror="alert(1)">',
        clinicName: "O'Malley's <b>clinic</b>",
        admin: { ...signedUp.admin, firstName: '<script>alert("hi")</script>' },
      },
      'http://localhost:3000',
    );
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img');
    expect(email.html).not.toContain('<b>');
    expect(email.html).toContain('Hi &lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;,');
    expect(email.html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(email.html).toContain('O&#39;Malley&#39;s &lt;b&gt;clinic&lt;/b&gt;');
    // Plain text is not HTML: it carries the name as typed.
    expect(email.text).toContain('Hi <script>alert("hi")</script>,');
  });

  it('keeps line breaks in names out of the subject line', () => {
    const email = renderWelcomeEmail({ ...signedUp, admin: { ...signedUp.admin, firstName: 'Ana\r\nBcc: x@evil.test' } }, 'http://localhost:3000');
    expect(email.subject).toBe('Welcome to Tailwise, Ana Bcc: x@evil.test');
    expect(email.subject).not.toMatch(/[\r\n]/);
  });
});
