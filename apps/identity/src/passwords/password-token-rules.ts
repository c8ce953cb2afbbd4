import { AppError, ERROR_CODES, type AudienceName, type PasswordTokenPurpose } from '@tailwise/contracts';
import type { PasswordTokenEntity } from './password-token.entity';

const HOUR_MS = 60 * 60 * 1000;

/** An invitation leaves days to answer; a reset link is short-lived because it grants access. */
export const PASSWORD_TOKEN_LIFETIME_MS: Record<PasswordTokenPurpose, number> = {
  invite: 72 * HOUR_MS,
  reset: 1 * HOUR_MS,
};

export type PasswordTokenState = 'pending' | 'used' | 'superseded' | 'expired';

export function passwordTokenState(token: Pick<PasswordTokenEntity, 'usedAt' | 'supersededAt' | 'expiresAt'>, now: Date): PasswordTokenState {
  if (token.usedAt) return 'used';
  if (token.supersededAt) return 'superseded';
  if (token.expiresAt <= now) return 'expired';
  return 'pending';
}

export const linkNoLongerValid = (): AppError => new AppError(ERROR_CODES.NOT_FOUND, 'This link is no longer valid. Ask for a new one.');
export const linkExpired = (): AppError => new AppError(ERROR_CODES.NOT_FOUND, 'This link has expired. Ask for a new one.');

/**
 * The token a link may still be used with, or the 404 to answer: unknown, other audience,
 * used and superseded links all read "no longer valid"; an expired one says so.
 */
export function usableToken(token: PasswordTokenEntity | null, audience: AudienceName, now: Date): PasswordTokenEntity {
  if (!token || token.audience !== audience) throw linkNoLongerValid();
  const state = passwordTokenState(token, now);
  if (state === 'expired') throw linkExpired();
  if (state !== 'pending') throw linkNoLongerValid();
  return token;
}
