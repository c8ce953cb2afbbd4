import { describe, expect, it, vi } from 'vitest';
import { applyFieldIssues, formErrorFor } from './field-issues';

interface SignUpForm {
  email: string;
  password: string;
  firstName: string;
}

describe('applyFieldIssues', () => {
  it('puts each issue on its field, focuses the first, and returns the rest', () => {
    const setError = vi.fn();

    const rest = applyFieldIssues<SignUpForm>(
      [
        { path: 'email', message: 'An account with this email already exists' },
        { path: 'password', message: 'Include at least one symbol (not a letter or digit)' },
        { path: 'email', message: 'A second email problem' },
        { path: '', message: 'Unknown field: plan' },
      ],
      setError,
      ['email', 'password', 'firstName'],
    );

    expect(setError.mock.calls).toEqual([
      ['email', { type: 'server', message: 'An account with this email already exists' }, { shouldFocus: true }],
      ['password', { type: 'server', message: 'Include at least one symbol (not a letter or digit)' }, { shouldFocus: false }],
    ]);
    expect(rest).toEqual([{ path: '', message: 'Unknown field: plan' }]);
  });

  it('asks a function which field shows each path, for rows that come and go and paths that differ', () => {
    const setError = vi.fn();
    const fieldOf = (path: string) => (/^phones\.\d+\.number$/.test(path) ? (path as 'email') : path === 'mailingAddress' ? 'firstName' : null);

    const rest = applyFieldIssues<SignUpForm>(
      [
        { path: 'phones.1.number', message: 'Enter a valid phone number' },
        { path: 'mailingAddress', message: 'Enter a mailing address or use the physical address' },
        { path: 'kind', message: 'Invalid' },
      ],
      setError,
      fieldOf,
    );

    expect(setError.mock.calls.map(([field, error]) => [field, error.message])).toEqual([
      ['phones.1.number', 'Enter a valid phone number'],
      ['firstName', 'Enter a mailing address or use the physical address'],
    ]);
    expect(rest).toEqual([{ path: 'kind', message: 'Invalid' }]);
  });

  it('does nothing without issues', () => {
    const setError = vi.fn();
    expect(applyFieldIssues<SignUpForm>([], setError, ['email'])).toEqual([]);
    expect(setError).not.toHaveBeenCalled();
  });
});

describe('formErrorFor', () => {
  it('shows a message above the form and touches no field', () => {
    const setError = vi.fn();
    expect(formErrorFor<SignUpForm>({ message: 'Email or password is incorrect' }, setError, ['email'])).toBe('Email or password is incorrect');
    expect(setError).not.toHaveBeenCalled();
  });

  it('puts issues on their fields, with no message when every issue found its field', () => {
    const setError = vi.fn();
    expect(formErrorFor<SignUpForm>({ issues: [{ path: 'email', message: 'Taken' }] }, setError, ['email'])).toBeNull();
    expect(setError).toHaveBeenCalledWith('email', { type: 'server', message: 'Taken' }, { shouldFocus: true });
  });

  it('joins the issues that name no field of the form into the message', () => {
    const failure = {
      issues: [
        { path: 'plan', message: 'Unknown field: plan' },
        { path: '', message: 'Try again' },
        { path: 'email', message: 'Taken' },
      ],
    };
    expect(formErrorFor<SignUpForm>(failure, vi.fn(), ['email'])).toBe('Unknown field: plan. Try again');
  });
});
