import { randomUUID } from 'node:crypto';
import { AppError } from '@tailwise/contracts';
import { accessStatus, assertInviteeCanLink, assertStaffCanLink, invitationStatus, type LinkSituation } from './portal-access-rules';

const now = new Date('2026-11-20T12:00:00Z');
const later = new Date('2026-11-21T12:00:00Z');
const earlier = new Date('2026-11-19T12:00:00Z');

function refusal(check: () => void): AppError {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

describe('invitationStatus', () => {
  const pending = { acceptedAt: null, supersededAt: null, expiresAt: later };

  it('is pending until accepted, superseded or past its expiry', () => {
    expect(invitationStatus(pending, now)).toBe('pending');
    expect(invitationStatus({ ...pending, expiresAt: earlier }, now)).toBe('expired');
    expect(invitationStatus({ ...pending, expiresAt: now }, now)).toBe('expired');
  });

  it('keeps accepted and superseded once they happened, even after the expiry', () => {
    expect(invitationStatus({ ...pending, acceptedAt: earlier, expiresAt: earlier }, now)).toBe('accepted');
    expect(invitationStatus({ ...pending, supersededAt: earlier, expiresAt: earlier }, now)).toBe('superseded');
  });
});

describe('accessStatus', () => {
  it('shows an active link over anything pending', () => {
    expect(accessStatus({ status: 'active' }, true)).toBe('active');
    expect(accessStatus({ status: 'active' }, false)).toBe('active');
  });

  it('shows a pending invitation over a closed link (accepting it reopens the link)', () => {
    expect(accessStatus({ status: 'closed' }, true)).toBe('invited');
    expect(accessStatus({ status: 'closed' }, false)).toBe('closed');
  });

  it('is invited or none without a link', () => {
    expect(accessStatus(null, true)).toBe('invited');
    expect(accessStatus(null, false)).toBe('none');
  });
});

describe('linking an existing portal account', () => {
  const accountId = randomUUID();
  const clientId = randomUUID();
  const situation = (overrides: Partial<LinkSituation> = {}): LinkSituation => ({
    accountId,
    clientId,
    clientLink: null,
    accountLink: null,
    ...overrides,
  });

  it('lets staff link an account to a client with no link, or reopen its own closed link', () => {
    expect(() => assertStaffCanLink(situation())).not.toThrow();
    expect(() =>
      assertStaffCanLink(situation({ clientLink: { portalAccountId: accountId, status: 'closed' }, accountLink: { clientId } })),
    ).not.toThrow();
  });

  it('refuses a client already linked to another account, naming the email', () => {
    const error = refusal(() => assertStaffCanLink(situation({ clientLink: { portalAccountId: randomUUID(), status: 'closed' } })));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'This client already has portal access with another account. Delete portal access permanently first, or use another email.',
    );
    expect(error.details).toEqual({ issues: [{ path: 'email', message: error.message }] });
  });

  it('refuses an email that already has active access to this client', () => {
    const error = refusal(() =>
      assertStaffCanLink(situation({ clientLink: { portalAccountId: accountId, status: 'active' }, accountLink: { clientId } })),
    );
    expect(error.message).toBe("This email already has access to this client's portal.");
    expect(error.details).toEqual({ issues: [{ path: 'email', message: error.message }] });
  });

  it('refuses an account that already holds another client of the organization', () => {
    const error = refusal(() => assertStaffCanLink(situation({ accountLink: { clientId: randomUUID() } })));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ issues: [{ path: 'email' }] });
  });

  it('lets an invitee sign in to a link that is already theirs, and refuses the same conflicts in their words', () => {
    expect(() =>
      assertInviteeCanLink(situation({ clientLink: { portalAccountId: accountId, status: 'active' }, accountLink: { clientId } })),
    ).not.toThrow();
    expect(refusal(() => assertInviteeCanLink(situation({ clientLink: { portalAccountId: randomUUID(), status: 'active' } }))).code).toBe(
      'CONFLICT',
    );
    expect(refusal(() => assertInviteeCanLink(situation({ accountLink: { clientId: randomUUID() } }))).code).toBe('CONFLICT');
  });
});
