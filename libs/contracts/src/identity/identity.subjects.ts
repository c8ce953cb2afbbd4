// Request subjects served by identity. Changing a value needs a migration plan: running
// gateways and services address each other by these strings.
export const IDENTITY_SUBJECTS = {
  signUp: 'identity.organization.sign-up',
  signIn: 'identity.session.sign-in',
  refresh: 'identity.session.refresh',
  signOut: 'identity.session.sign-out',
  me: 'identity.staff.me',
  portalSignIn: 'identity.portal-session.sign-in',
  jwks: 'identity.keys.jwks',

  // Settings → User Roles and Users (staff with users.manage)
  roleList: 'identity.role.list',
  roleCreate: 'identity.role.create',
  roleUpdate: 'identity.role.update',
  roleDelete: 'identity.role.delete',
  staffList: 'identity.staff.list',
  staffInvite: 'identity.staff.invite',
  staffResendInvite: 'identity.staff.resend-invite',
  staffChangeRole: 'identity.staff.change-role',
  staffDisable: 'identity.staff.disable',
  staffEnable: 'identity.staff.enable',

  // Emailed set-password links, for both audiences (anonymous callers)
  passwordForgot: 'identity.password.forgot',
  passwordCheck: 'identity.password.check',
  passwordSet: 'identity.password.set',
  /** notifications only: the secret of a password link, minted when its email is sent. */
  passwordTokenMint: 'identity.password-token.mint',

  // A client profile's VCP tab (staff)
  portalAccessGet: 'identity.portal-access.get',
  portalAccessInvite: 'identity.portal-access.invite',
  portalAccessLink: 'identity.portal-access.link',
  portalAccessClose: 'identity.portal-access.close',
  portalAccessDelete: 'identity.portal-access.delete',

  // Accepting an invitation or claim (anonymous callers)
  portalInvitationCheck: 'identity.portal-invitation.check',
  portalInvitationNewAccount: 'identity.portal-invitation.new-account',
  portalInvitationSignIn: 'identity.portal-invitation.sign-in',
  /** notifications only: the secret of an invitation link, minted when its email is sent. */
  portalInvitationMint: 'identity.portal-invitation.mint',

  // The signed-in portal user (portal callers)
  portalMe: 'identity.portal-user.me',
  portalUserList: 'identity.portal-user.list',
  portalUserAdd: 'identity.portal-user.add',
  portalUserUpdate: 'identity.portal-user.update',
  portalUserRemove: 'identity.portal-user.remove',

  /** gateway only: an account's active links, cached and kept current from portal-link events. */
  portalLinksActive: 'identity.portal-link.active',
} as const;
