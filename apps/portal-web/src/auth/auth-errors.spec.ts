import { ApiError } from '@tailwise/web-api';
import { describe, expect, it } from 'vitest';
import { signInErrorMessage } from './auth-errors';

describe('sign-in errors', () => {
  it('shows the refusal of a sign-in (every portal sign-in until portal accounts exist)', () => {
    expect(signInErrorMessage(new ApiError({ status: 401, code: 'UNAUTHENTICATED', message: 'No' }))).toBe('Email or password is incorrect');
  });

  it('asks to wait when throttled', () => {
    expect(signInErrorMessage(new ApiError({ status: 429, code: 'RATE_LIMITED' }))).toBe('Too many attempts, try again later');
  });

  it('passes other server messages on', () => {
    expect(signInErrorMessage(new ApiError({ status: 503, code: 'UNAVAILABLE', message: 'identity is down' }))).toBe('identity is down');
    expect(signInErrorMessage('nope')).toBe('Something went wrong, try again');
  });
});
