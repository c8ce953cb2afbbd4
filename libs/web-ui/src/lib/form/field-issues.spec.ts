import { describe, expect, it, vi } from 'vitest';
import { applyFieldIssues } from './field-issues';

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

  it('does nothing without issues', () => {
    const setError = vi.fn();
    expect(applyFieldIssues<SignUpForm>([], setError, ['email'])).toEqual([]);
    expect(setError).not.toHaveBeenCalled();
  });
});
