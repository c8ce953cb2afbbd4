import type { PasswordTokenInfo } from '@tailwise/contracts';
import { ApiError } from '@tailwise/web-api';
import { labelsOf, linksOf, textsOf } from '@tailwise/web-ui';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ada, renderApp } from '../test/render-app';
import { passwordTokenQuery } from './set-password-page';

const TOKEN = 'Zm9yLXRlc3RzLW9ubHktMTIzNDU2';

const invite: PasswordTokenInfo = {
  purpose: 'invite',
  email: 'grace@example.org',
  name: 'Grace Hopper',
  tenantName: 'Happy Tails Spay & Neuter',
  expiresAt: '2030-01-04T10:00:00.000Z',
};

const checked = (info: PasswordTokenInfo) => (queryClient: QueryClient) => queryClient.setQueryData(passwordTokenQuery(TOKEN).queryKey, info);

/** The link check as the server refused it. */
const refused = (message: string) => (queryClient: QueryClient) => {
  const { queryKey } = passwordTokenQuery(TOKEN);
  queryClient.getQueryCache().build(queryClient, { queryKey }).setState({
    status: 'error',
    error: new ApiError({ status: 404, code: 'NOT_FOUND', message }),
    fetchStatus: 'idle',
    errorUpdatedAt: Date.now(),
  });
};

describe('/set-password', () => {
  it('from an invitation: "Set your password", welcoming them to their organization', () => {
    const html = renderApp(`/set-password#token=${TOKEN}`, null, checked(invite));
    expect(textsOf(html, 'h1')).toEqual(['Set your password']);
    expect(html).toContain('Welcome to Happy Tails Spay &amp; Neuter, Grace Hopper.');
    expect(html).toContain('grace@example.org');
    expect(labelsOf(html)).toEqual(['Password', 'Confirm password']);
    expect(html).toContain('At least 8 characters, including one symbol');
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Set Password[\s\S]*?<\/button>/);
    expect(html).toMatch(/<form[^>]*novalidate/i);
  });

  it('from a reset email: "Choose a new password", even with someone signed in on this browser', () => {
    const html = renderApp(`/set-password#token=${TOKEN}`, ada, checked({ ...invite, purpose: 'reset' }));
    expect(textsOf(html, 'h1')).toEqual(['Choose a new password']);
    expect(labelsOf(html)).toEqual(['Password', 'Confirm password']);
  });

  it("an expired or used link shows the server's reason and the way to a new one", () => {
    const html = renderApp(`/set-password#token=${TOKEN}`, null, refused('This link has expired. Ask for a new one.'));
    expect(textsOf(html, 'h1')).toEqual(["This link can't be used"]);
    expect(html).toContain('This link has expired. Ask for a new one.');
    expect(linksOf(html)).toContainEqual({ href: '/forgot-password', text: 'Forgot password?' });
    expect(labelsOf(html)).toEqual([]);
  });

  it('a link without its token cannot be used', () => {
    const html = renderApp('/set-password', null);
    expect(textsOf(html, 'h1')).toEqual(["This link can't be used"]);
    expect(linksOf(html)).toContainEqual({ href: '/forgot-password', text: 'Forgot password?' });
  });
});

describe('Forgot password', () => {
  it('the sign-in page links to it', () => {
    expect(linksOf(renderApp('/sign-in', null))).toContainEqual({ href: '/forgot-password', text: 'Forgot password?' });
  });

  it('asks for the email and sends a link', () => {
    const html = renderApp('/forgot-password', null);
    expect(textsOf(html, 'h1')).toEqual(['Forgot password?']);
    expect(labelsOf(html)).toEqual(['Email']);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Send Link[\s\S]*?<\/button>/);
    expect(linksOf(html)).toContainEqual({ href: '/sign-in', text: 'Back to Sign In' });
  });
});
