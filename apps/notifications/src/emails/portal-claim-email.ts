import type { PortalInvitationSent } from '@tailwise/contracts';
import { oneLine, renderEmail, strong, type RenderedEmail } from './email-layout';
import { INVITE_LINK_NOTE, LINK_PAGES, UNEXPECTED_NOTE, linkWithToken } from './email-links';

export const PORTAL_CLAIM_KIND = 'portal-claim';

/** "Allow login?" on a new individual client: the client sets up the login the clinic made for them. */
export function renderPortalClaimEmail(event: PortalInvitationSent, publicUrl: string, token: string): RenderedEmail {
  const organization = oneLine(event.organizationName);
  return renderEmail({
    subject: `Set up your ${organization} client portal login`,
    greeting: `Hi ${oneLine(event.clientName)},`,
    paragraphs: [
      [
        strong(organization),
        ' made a Tailwise Portal login for you with this email address. There you can see your',
        ' animals’ appointments, documents and invoices, and chat with the clinic.',
      ],
    ],
    action: {
      intro: 'Set up your login to start using it:',
      label: 'Set up your login',
      url: linkWithToken(publicUrl, LINK_PAGES.portalInvitation, token),
    },
    notes: [INVITE_LINK_NOTE, UNEXPECTED_NOTE],
  });
}
