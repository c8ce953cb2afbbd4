import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../test/render-static';
import { labelsOf, linksOf, textsOf } from '../testing/markup';
import { RequestPasswordLinkPage, type RequestPasswordLinkPageProps } from './request-password-link-page';

const props: RequestPasswordLinkPageProps = {
  title: 'Forgot password?',
  subtitle: 'Enter the email you sign in with.',
  submitLabel: 'Send Link',
  sentMessage: (email) => `If ${email} has a login, we sent it a link.`,
  onSend: () => Promise.resolve(),
  failureOf: () => ({ message: 'Too many attempts, try again later' }),
};

describe('RequestPasswordLinkPage', () => {
  it("asks for the email under the app's title, with its submit label and the way back to Sign In", () => {
    const html = renderStatic(<RequestPasswordLinkPage {...props} />, { path: '/forgot-password' });

    expect(textsOf(html, 'h1')).toEqual(['Forgot password?']);
    expect(html).toContain('Enter the email you sign in with.');
    expect(labelsOf(html)).toEqual(['Email']);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Send Link[\s\S]*?<\/button>/);
    expect(html).toMatch(/<form[^>]*novalidate/i);
    expect(linksOf(html)).toEqual([{ href: '/sign-in', text: 'Back to Sign In' }]);
    expect(html).not.toContain('Check your email');
  });
});
