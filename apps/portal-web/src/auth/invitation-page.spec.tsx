import type { PasswordTokenInfo, PortalInvitationInfo } from '@tailwise/contracts';
import { ApiError } from '@tailwise/web-api';
import { findTag, labelsOf, linksOf, textsOf } from '@tailwise/web-ui';
import { describe, expect, it } from 'vitest';
import { dana, renderApp, renderPart, seedError } from '../test/render-app';
import { firstInvitationChoice, invitationTitle } from './invitation-page';
import { invitationQuery, passwordLinkQuery } from './link-queries';
import { NewAccountForm } from './new-account-form';

const TOKEN = 'c2VjcmV0LWxpbmstdG9rZW4tMTIz';

const invitation: PortalInvitationInfo = {
  kind: 'invite',
  email: 'dana@rescue.test',
  organizationName: 'Happy Tails Spay & Neuter',
  clientName: 'Alley Cat Rescue',
  existingAccount: false,
  suggestedName: null,
  expiresAt: '2030-01-04T12:00:00.000Z',
};

const withInvitation = (info: PortalInvitationInfo) => renderApp(`/invitation#token=${TOKEN}`, null, (queryClient) => {
  queryClient.setQueryData(invitationQuery(TOKEN).queryKey, info);
});

const submitButton = (html: string) => textsOf(html.match(/<button[^>]*type="submit"[^>]*>[\s\S]*?<\/button>/)?.[0] ?? '', 'button')[0];

describe('the invitation link', () => {
  it('names the inviting organization, or asks a claiming client to set up a login', () => {
    expect(invitationTitle(invitation)).toBe('Happy Tails Spay & Neuter invites you to the Tailwise Portal');
    expect(invitationTitle({ ...invitation, kind: 'claim' })).toBe('Set up your login for Happy Tails Spay & Neuter');
  });
});

describe('an invitation to a new email', () => {
  const html = withInvitation(invitation);

  it('says who invites whom', () => {
    expect(textsOf(html, 'h1')).toEqual(['Happy Tails Spay & Neuter invites you to the Tailwise Portal']);
    expect(html).toContain('dana@rescue.test');
    expect(html).toContain('Alley Cat Rescue');
  });

  it('first offers the two ways in: New Account, or signing in to link an existing account', () => {
    expect(firstInvitationChoice(invitation)).toBeNull();
    expect(textsOf(html, 'button')).toEqual(['New Account', 'Sign in to link it']);
    expect(html).toContain('Already have a Tailwise Portal account?');
    expect(html).not.toContain('<form');
  });

  it('heads a claim as setting up a login for the clinic', () => {
    expect(textsOf(withInvitation({ ...invitation, kind: 'claim', suggestedName: 'Jamie Rivera' }), 'h1')).toEqual([
      'Set up your login for Happy Tails Spay & Neuter',
    ]);
  });
});

describe('New Account', () => {
  const form = (suggestedName: string | null) =>
    renderPart(<NewAccountForm token={TOKEN} suggestedName={suggestedName} onAccepted={() => undefined} />);

  it('asks for a name and the password twice, with the rules, and creates the account', () => {
    const html = form(null);
    expect(labelsOf(html)).toEqual(['Your name', 'Password', 'Confirm password']);
    expect(html).toContain('At least 8 characters, including one symbol');
    expect(findTag(html, 'name="name"')).toMatch(/value=""/);
    expect(html).toMatch(/<form[^>]*novalidate/i);
    expect(submitButton(html)).toBe('Create a new account');
  });

  it("starts a claim with the client's name", () => {
    expect(findTag(form('Jamie Rivera'), 'name="name"')).toContain('value="Jamie Rivera"');
  });
});

describe('an invitation to an email that already has a login', () => {
  const html = withInvitation({ ...invitation, existingAccount: true });

  it('leads with signing in, which links the account to the clinic', () => {
    expect(firstInvitationChoice({ existingAccount: true })).toBe('sign-in');
    expect(textsOf(html, 'h2')).toContain('Sign in to link your account');
    expect(html).toContain('Already have a Tailwise Portal account? Sign in to link it.');
    expect(html).toContain('Linking adds Happy Tails Spay &amp; Neuter to that account');
  });

  it('asks for the email (the invited one to start with) and password, then Sign In, still offering New Account', () => {
    expect(labelsOf(html)).toEqual(['Email', 'Password']);
    expect(findTag(html, 'name="email"')).toContain('value="dana@rescue.test"');
    expect(submitButton(html)).toBe('Sign In');
    expect(textsOf(html, 'button')).toContain('New Account');
    expect(linksOf(html)).toContainEqual({ href: '/portal/sign-in/help', text: 'Need help logging in?' });
  });
});

describe('a link that cannot be used', () => {
  it("shows the server's reason, with no form", () => {
    const html = renderApp(`/invitation#token=${TOKEN}`, null, (queryClient) =>
      seedError(queryClient, invitationQuery(TOKEN).queryKey, new ApiError({ status: 404, code: 'NOT_FOUND', message: 'This link has expired. Ask for a new one.' })),
    );
    expect(textsOf(html, 'h1')).toEqual(["This link can't be used"]);
    expect(html).toMatch(/role="alert"[^>]*>[\s\S]*This link has expired. Ask for a new one./);
    expect(html).not.toContain('<form');
    expect(textsOf(html, 'button')).not.toContain('Try Again');
    expect(linksOf(html)).toContainEqual({ href: '/portal/sign-in', text: 'Go to Sign In' });
  });

  it('offers to try again when the server could not be reached', () => {
    const html = renderApp(`/invitation#token=${TOKEN}`, null, (queryClient) =>
      seedError(queryClient, invitationQuery(TOKEN).queryKey, ApiError.network(new TypeError('Failed to fetch'))),
    );
    expect(textsOf(html, 'button')).toContain('Try Again');
  });

  it('says so when the address lost its token', () => {
    const html = renderApp('/invitation', null);
    expect(html).toContain('This link is incomplete.');
  });

  it('is reachable while someone is signed in, too', () => {
    const html = renderApp(`/invitation#token=${TOKEN}`, dana, (queryClient) => queryClient.setQueryData(invitationQuery(TOKEN).queryKey, invitation));
    expect(textsOf(html, 'h1')).toEqual(['Happy Tails Spay & Neuter invites you to the Tailwise Portal']);
  });
});

describe('/set-password', () => {
  const info: PasswordTokenInfo = {
    purpose: 'invite',
    email: 'sam@rescue.test',
    name: 'Sam Lee',
    tenantName: 'Alley Cat Rescue',
    expiresAt: '2030-01-04T12:00:00.000Z',
  };
  const render = (purpose: PasswordTokenInfo['purpose']) =>
    renderApp(`/set-password#token=${TOKEN}`, null, (queryClient) => queryClient.setQueryData(passwordLinkQuery(TOKEN).queryKey, { ...info, purpose }));

  it('lets an added user set a first password', () => {
    const html = render('invite');
    expect(textsOf(html, 'h1')).toEqual(['Set your password']);
    expect(html).toContain('sam@rescue.test');
    expect(labelsOf(html)).toEqual(['Password', 'Confirm password']);
    expect(submitButton(html)).toBe('Set Password');
  });

  it('lets someone who asked for a reset choose a new one', () => {
    expect(textsOf(render('reset'), 'h1')).toEqual(['Choose a new password']);
  });

  it('offers a new reset email when the link is spent', () => {
    const html = renderApp(`/set-password#token=${TOKEN}`, null, (queryClient) =>
      seedError(queryClient, passwordLinkQuery(TOKEN).queryKey, new ApiError({ status: 404, code: 'NOT_FOUND', message: 'This link is no longer valid. Ask for a new one.' })),
    );
    expect(html).toContain('This link is no longer valid. Ask for a new one.');
    expect(linksOf(html)).toContainEqual({ href: '/portal/sign-in/help', text: 'Need help logging in?' });
  });
});
