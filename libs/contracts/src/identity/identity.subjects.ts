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
} as const;
