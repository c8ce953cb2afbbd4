import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { signInErrorMessage, signInFailure, signUpErrorMessage, signUpFailure } from './auth-errors';

describe('sign-in errors', () => {
  it('says the credentials are wrong on 401 (every portal sign-in until portal accounts exist)', () => {
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
    expect(signInErrorMessage(new ApiError({ status: 503, code: 'UNAVAILABLE', message: 'identity is down' }))).toBe('identity is down');
    expect(signUpErrorMessage(new ApiError({ status: 409, code: 'CONFLICT', message: 'An account with this email already exists' }))).toBe(
      'An account with this email already exists',
    );
    expect(signInErrorMessage(new Error('boom'))).toBe('Something went wrong, try again');
    expect(signInErrorMessage('nope')).toBe('Something went wrong, try again');
    expect(signUpErrorMessage(new Error('boom'))).toBe('Something went wrong, try again');
  });
});

describe('form failures', () => {
  const issues = [{ path: 'email', message: 'An account with this email already exists' }];

  it('puts the issues of a validation error on the sign-in fields', () => {
    expect(signInFailure(new ApiError({ status: 400, code: 'VALIDATION', issues }))).toEqual({ issues });
  });

  it('shows one message for a sign-in failure without field issues', () => {
    expect(signInFailure(new ApiError({ status: 400, code: 'VALIDATION' }))).toEqual({ message: 'Some fields need attention' });
    expect(signInFailure(new ApiError({ status: 401, code: 'UNAUTHENTICATED' }))).toEqual({ message: 'Email or password is incorrect' });
  });

  it('puts the issues of any sign-up error on the fields, e.g. an email already taken', () => {
    expect(signUpFailure(new ApiError({ status: 409, code: 'CONFLICT', issues }))).toEqual({ issues });
    expect(signUpFailure(new ApiError({ status: 409, code: 'CONFLICT', message: 'Taken' }))).toEqual({ message: 'Taken' });
    expect(signUpFailure(new Error('boom'))).toEqual({ message: 'Something went wrong, try again' });
  });
});
