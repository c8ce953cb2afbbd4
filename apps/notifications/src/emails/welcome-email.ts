import type { OrganizationSignedUp } from '@tailwise/contracts';

export const WELCOME_EMAIL_KIND = 'welcome';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** The email a new organization's first admin gets right after signing up. */
export function renderWelcomeEmail(event: OrganizationSignedUp, publicUrl: string): RenderedEmail {
  const firstName = oneLine(event.admin.firstName);
  const organization = oneLine(event.organizationName);
  const clinic = oneLine(event.clinicName);
  const signInUrl = `${publicUrl.replace(/\/+$/, '')}/sign-in`;

  const text = [
    `Hi ${firstName},`,
    '',
    `Welcome to Tailwise! ${organization} is set up, with ${clinic} as its first clinic.`,
    '',
    'Sign in to add your team, opening hours and appointment types:',
    signInUrl,
    '',
    'You are receiving this email because this address was used to sign up for Tailwise.',
    '',
    'The Tailwise team',
    '',
  ].join('\n');

  const html = `<!doctype html>
<html>
  <body style="font-family: Arial, Helvetica, sans-serif; color: #1a1b1e; line-height: 1.5">
    <p>Hi ${escapeHtml(firstName)},</p>
    <p>Welcome to Tailwise! <strong>${escapeHtml(organization)}</strong> is set up, with <strong>${escapeHtml(clinic)}</strong> as its first clinic.</p>
    <p>Sign in to add your team, opening hours and appointment types:</p>
    <p><a href="${escapeHtml(signInUrl)}">Sign in to Tailwise</a></p>
    <p style="color: #5c5f66; font-size: 13px">If the link does not work, paste this address into your browser: ${escapeHtml(signInUrl)}</p>
    <p style="color: #5c5f66; font-size: 13px">You are receiving this email because this address was used to sign up for Tailwise.</p>
  </body>
</html>
`;

  return { subject: `Welcome to Tailwise, ${firstName}`, text, html };
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Names are user input: no line breaks in a subject line or a sentence. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
