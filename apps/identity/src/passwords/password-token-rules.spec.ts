import { PASSWORD_TOKEN_LIFETIME_MS, passwordTokenState, usableToken } from './password-token-rules';
import type { PasswordTokenEntity } from './password-token.entity';

const now = new Date('2030-01-01T12:00:00Z');
const token = (overrides: Partial<PasswordTokenEntity> = {}): PasswordTokenEntity => ({
  id: '5d1b3a44-8e0c-4c45-9a53-000000000001',
  audience: 'hq',
  userId: '5d1b3a44-8e0c-4c45-9a53-000000000002',
  purpose: 'reset',
  tokenHash: 'hash',
  createdAt: new Date(now.getTime() - 1000),
  expiresAt: new Date(now.getTime() + 1000),
  usedAt: null,
  supersededAt: null,
  ...overrides,
});

describe('password token rules', () => {
  it('gives an invitation 72 hours and a reset link one hour', () => {
    expect(PASSWORD_TOKEN_LIFETIME_MS.invite).toBe(72 * 3600_000);
    expect(PASSWORD_TOKEN_LIFETIME_MS.reset).toBe(3600_000);
  });

  it('tells used, superseded, expired and pending apart (used wins over everything)', () => {
    expect(passwordTokenState(token(), now)).toBe('pending');
    expect(passwordTokenState(token({ expiresAt: now }), now)).toBe('expired');
    expect(passwordTokenState(token({ supersededAt: now, expiresAt: now }), now)).toBe('superseded');
    expect(passwordTokenState(token({ usedAt: now, supersededAt: now }), now)).toBe('used');
  });

  it('answers 404 for any link that cannot be used, saying "expired" only when it expired', () => {
    const noLonger = 'This link is no longer valid. Ask for a new one.';
    expect(() => usableToken(null, 'hq', now)).toThrow(noLonger);
    expect(() => usableToken(token({ usedAt: now }), 'hq', now)).toThrow(noLonger);
    expect(() => usableToken(token({ supersededAt: now }), 'hq', now)).toThrow(noLonger);
    expect(() => usableToken(token(), 'portal', now)).toThrow(noLonger);
    expect(() => usableToken(token({ expiresAt: new Date(now.getTime() - 1) }), 'hq', now)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'This link has expired. Ask for a new one.' }),
    );
    expect(usableToken(token(), 'hq', now).id).toBe(token().id);
  });
});
