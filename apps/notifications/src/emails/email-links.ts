import type { AudienceName } from '@tailwise/contracts';

/**
 * The web pages emailed links open. The secret rides in the URL fragment, which browsers
 * never send to a server: it stays out of access logs and Referer headers.
 */
export const LINK_PAGES = {
  staffSetPassword: '/set-password',
  portalSetPassword: '/portal/set-password',
  portalInvitation: '/portal/invitation',
} as const;

export type LinkPage = (typeof LINK_PAGES)[keyof typeof LINK_PAGES];

export function setPasswordPage(audience: AudienceName): LinkPage {
  return audience === 'hq' ? LINK_PAGES.staffSetPassword : LINK_PAGES.portalSetPassword;
}

export function linkWithToken(publicUrl: string, page: LinkPage, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${page}#token=${encodeURIComponent(token)}`;
}

// Identity sets these lifetimes; the emails repeat them so people know how long they have.
export const INVITE_LINK_NOTE = 'This link works once and expires in 72 hours.';
export const RESET_LINK_NOTE = 'This link works once and expires in 1 hour.';
export const UNEXPECTED_NOTE = "If you weren't expecting this email, you can ignore it: nothing happens until the link is used.";
