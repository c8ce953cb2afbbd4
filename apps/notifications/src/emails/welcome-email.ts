import type { OrganizationSignedUp } from '@tailwise/contracts';
import { oneLine, renderEmail, strong, type RenderedEmail } from './email-layout';

export const WELCOME_EMAIL_KIND = 'welcome';

/** The email a new organization's first admin gets right after signing up. */
export function renderWelcomeEmail(event: OrganizationSignedUp, publicUrl: string): RenderedEmail {
  const firstName = oneLine(event.admin.firstName);
  return renderEmail({
    subject: `Welcome to Tailwise, ${firstName}`,
    greeting: `Hi ${firstName},`,
    paragraphs: [
      [
        'Welcome to Tailwise! ',
        strong(oneLine(event.organizationName)),
        ' is set up, with ',
        strong(oneLine(event.clinicName)),
        ' as its first clinic.',
      ],
    ],
    action: {
      intro: 'Sign in to add your team, opening hours and appointment types:',
      label: 'Sign in to Tailwise',
      url: `${publicUrl.replace(/\/+$/, '')}/sign-in`,
    },
    notes: ['You are receiving this email because this address was used to sign up for Tailwise.'],
  });
}
