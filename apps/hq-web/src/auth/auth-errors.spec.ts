import { ApiError } from '@tailwise/web-api';
import { describe, expect, it } from 'vitest';
import { signInErrorMessage, signUpErrorMessage } from './auth-errors';

describe('sign-in errors', () => {
  it('says the credentials are wrong on 401', () => {
    expect(signInErrorMessage(new ApiError({ status: 401, code: 'UNAUTHENTICATED', message: 'Invalid credentials' }))).toBe(
      'Email or password is incorrect',
    );
  });

  it('asks to wait when throttled', () => {
    expect(signInErrorMessage(new ApiError({ status: 429, code: 'RATE_LIMITED', message: 'ThrottlerException: Too Many Requests' }))).toBe(
      'Too many attempts, try again later',
    );
    expect(signUpErrorMessage(new ApiError({ status: 429, code: 'RATE_LIMITED' }))).toBe('Too many attempts, try again later');
  });

  it("passes other server messages on, and hides what isn't an API error", () => {
    expect(signInErrorMessage(ApiError.network(new TypeError('Failed to fetch')))).toMatch(/Cannot reach the server/);
    expect(signUpErrorMessage(new ApiError({ status: 409, code: 'CONFLICT', message: 'An account with this email already exists' }))).toBe(
      'An account with this email already exists',
    );
    expect(signInErrorMessage(new Error('boom'))).toBe('Something went wrong, try again');
  });
});
