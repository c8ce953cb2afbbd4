import type { PasswordTokenInfo } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../test/render-static';
import { findTag, labelsOf, textsOf } from '../testing/markup';
import { type LinkCheck, SetPasswordLinkPage, type SetPasswordLinkPageProps } from './set-password-link-page';

const TOKEN = 'c2VjcmV0LWxpbmstdG9rZW4tMTIz';

const invite: PasswordTokenInfo = {
  purpose: 'invite',
  email: 'sam@rescue.test',
  name: 'Sam Lee',
  tenantName: 'Alley Cat Rescue',
  expiresAt: '2030-01-04T12:00:00.000Z',
};

const answered = (data: PasswordTokenInfo): LinkCheck<PasswordTokenInfo> => ({ isPending: false, isError: false, error: null, data, refetch: () => undefined });
const pending: LinkCheck<PasswordTokenInfo> = { isPending: true, isError: false, error: null, data: undefined, refetch: () => undefined };
const refused: LinkCheck<PasswordTokenInfo> = { ...pending, isPending: false, isError: true, error: new Error('This link has expired.') };

function render(check: LinkCheck<PasswordTokenInfo>, path = `/set-password#token=${TOKEN}`, asked: string[] = []): string {
  const props: SetPasswordLinkPageProps = {
    useLinkCheck: (token) => {
      asked.push(token);
      return check;
    },
    checking: <p>Checking your link…</p>,
    unusable: (error) => <h1>Unusable: {error?.message ?? 'no token'}</h1>,
    subtitle: (info) => `For ${info.email}`,
    note: (info) => (info.purpose === 'reset' ? <p>Saving signs you out everywhere else.</p> : null),
    passwordRules: 'At least 8 characters',
    mismatchMessage: 'The passwords do not match',
    onSetPassword: () => Promise.resolve(),
    failureOf: () => ({ message: 'Something went wrong' }),
  };
  return renderStatic(<SetPasswordLinkPage {...props} />, { path });
}

describe('SetPasswordLinkPage', () => {
  it('checks the token of the fragment, then asks for the password twice', () => {
    const asked: string[] = [];
    const html = render(answered(invite), undefined, asked);

    expect(asked).toContain(TOKEN);
    expect(textsOf(html, 'h1')).toEqual(['Set your password']);
    expect(html).toContain('For sam@rescue.test');
    expect(labelsOf(html)).toEqual(['Password', 'Confirm password']);
    expect(html).toContain('At least 8 characters');
    expect(findTag(html, 'name="username"')).toContain('value="sam@rescue.test"');
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Set Password[\s\S]*?<\/button>/);
    expect(html).toMatch(/<form[^>]*novalidate/i);
    expect(html).not.toContain('Saving signs you out');
  });

  it('heads a reset "Choose a new password", with its note', () => {
    const html = render(answered({ ...invite, purpose: 'reset' }));
    expect(textsOf(html, 'h1')).toEqual(['Choose a new password']);
    expect(html).toContain('Saving signs you out everywhere else.');
  });

  it("shows the app's waiting state while the link is checked", () => {
    const html = render(pending);
    expect(html).toContain('Checking your link…');
    expect(html).not.toContain('<form');
  });

  it("shows the app's unusable state for a refused link, and for an address without a token", () => {
    expect(textsOf(render(refused), 'h1')).toEqual(['Unusable: This link has expired.']);
    const asked: string[] = [];
    expect(textsOf(render(pending, '/set-password', asked), 'h1')).toEqual(['Unusable: no token']);
    expect(asked).toEqual([]);
  });
});
