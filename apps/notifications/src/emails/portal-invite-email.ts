import type { PortalInvitationSent } from '@tailwise/contracts';
import { oneLine, renderEmail, strong, type RenderedEmail } from './email-layout';
import { INVITE_LINK_NOTE, LINK_PAGES, UNEXPECTED_NOTE, linkWithToken } from './email-links';

export const PORTAL_INVITE_KIND = 'portal-invite';

/** A clinic's invitation (VCP tab, Send): the invitee makes a portal account or links theirs. */
export function renderPortalInviteEmail(event: PortalInvitationSent, publicUrl: string, token: string): RenderedEmail {
  const organization = oneLine(event.organizationName);
  const invitedBy = event.invitedByName === null ? '' : oneLine(event.invitedByName);
  return renderEmail({
    subject: `${organization} invites you to the Tailwise Portal`,
    greeting: 'Hello,',
    paragraphs: [
      [
        invitedBy ? `${invitedBy} at ` : '',
        strong(organization),
        ' invites you to the Tailwise Portal to see the appointments, documents and invoices of ',
        strong(oneLine(event.clientName)),
        ' and to chat with the clinic.',
      ],
    ],
    action: {
      intro: 'Create a portal account, or sign in to the one you already have, to accept:',
      label: 'Accept the invitation',
      url: linkWithToken(publicUrl, LINK_PAGES.portalInvitation, token),
    },
    notes: [INVITE_LINK_NOTE, UNEXPECTED_NOTE],
  });
}
