import type { PasswordResetRequested } from '@tailwise/contracts';
import { oneLine, renderEmail, strong, type RenderedEmail } from './email-layout';
import { RESET_LINK_NOTE, linkWithToken, setPasswordPage } from './email-links';

export const PASSWORD_RESET_KIND = 'password-reset';

/** Forgot password (HQ) or Need help logging in? (Portal): the link chooses a new password. */
export function renderPasswordResetEmail(event: PasswordResetRequested, publicUrl: string, token: string): RenderedEmail {
  const product = event.audience === 'hq' ? 'Tailwise' : 'Tailwise Portal';
  return renderEmail({
    subject: `Reset your ${product} password`,
    greeting: `Hi ${oneLine(event.name)},`,
    paragraphs: [[`Someone asked to reset the password of the ${product} account for `, strong(oneLine(event.email)), '.']],
    action: {
      intro: 'Choose a new password:',
      label: 'Choose a new password',
      url: linkWithToken(publicUrl, setPasswordPage(event.audience), token),
    },
    notes: [RESET_LINK_NOTE, "If you didn't ask for this, you can ignore this email: your password stays as it is."],
  });
}
