import type { PortalUserInvited } from '@tailwise/contracts';
import { oneLine, renderEmail, strong, type RenderedEmail } from './email-layout';
import { INVITE_LINK_NOTE, LINK_PAGES, UNEXPECTED_NOTE, linkWithToken } from './email-links';

export const PORTAL_USER_INVITE_KIND = 'portal-user-invite';

/** A portal account's user added someone: the link sets their first password and signs them in. */
export function renderPortalUserInviteEmail(event: PortalUserInvited, publicUrl: string, token: string): RenderedEmail {
  const invitedBy = oneLine(event.invitedByName);
  const account = oneLine(event.accountName);
  return renderEmail({
    subject: `${invitedBy} added you to ${account} on Tailwise Portal`,
    greeting: `Hi ${oneLine(event.name)},`,
    paragraphs: [
      [
        `${invitedBy} added you to `,
        strong(account),
        ' on the Tailwise Portal, where you can see appointments, documents and invoices at the clinics it works with.',
      ],
    ],
    action: {
      intro: 'Set your password to get started:',
      label: 'Set your password',
      url: linkWithToken(publicUrl, LINK_PAGES.portalSetPassword, token),
    },
    notes: [INVITE_LINK_NOTE, UNEXPECTED_NOTE],
  });
}
