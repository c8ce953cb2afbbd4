import type { StaffUserInvited } from '@tailwise/contracts';
import { oneLine, renderEmail, strong, type RenderedEmail } from './email-layout';
import { INVITE_LINK_NOTE, LINK_PAGES, UNEXPECTED_NOTE, linkWithToken } from './email-links';

export const STAFF_INVITE_KIND = 'staff-invite';

/** A new staff member's invitation: the link sets their first password and signs them in. */
export function renderStaffInviteEmail(event: StaffUserInvited, publicUrl: string, token: string): RenderedEmail {
  const organization = oneLine(event.organizationName);
  const invitedBy = event.invitedByName === null ? '' : oneLine(event.invitedByName);
  return renderEmail({
    subject: `You're invited to ${organization} on Tailwise`,
    greeting: `Hi ${oneLine(event.firstName)},`,
    paragraphs: [[invitedBy ? `${invitedBy} invited you to join ` : 'You are invited to join ', strong(organization), ' on Tailwise.']],
    action: {
      intro: 'Set your password to get started:',
      label: 'Set your password',
      url: linkWithToken(publicUrl, LINK_PAGES.staffSetPassword, token),
    },
    notes: [INVITE_LINK_NOTE, UNEXPECTED_NOTE],
  });
}
