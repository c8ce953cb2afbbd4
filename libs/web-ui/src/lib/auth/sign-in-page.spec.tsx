import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../test/render-static';
import { labelsOf, linksOf, textsOf } from '../testing/markup';
import { SignInPage, type SignInPageProps } from './sign-in-page';

const props: SignInPageProps = {
  subtitle: 'For clinic staff',
  onSignIn: () => Promise.resolve(),
  failureOf: () => ({ message: 'Email or password is incorrect' }),
};

describe('SignInPage', () => {
  it('has a Sign In heading, labelled Email and Password, and a Sign In button', () => {
    const html = renderStatic(<SignInPage {...props} />, { path: '/sign-in' });

    expect(textsOf(html, 'h1')).toEqual(['Sign In']);
    expect(html).toContain('For clinic staff');
    expect(labelsOf(html)).toEqual(['Email', 'Password']);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Sign In[\s\S]*?<\/button>/);
    expect(html).toMatch(/<form[^>]*novalidate/i);
    expect(html).not.toMatch(/role="alert"/);
  });

  it("shows the app's help link and footer", () => {
    const html = renderStatic(
      <SignInPage {...props} helpLink={{ to: '/sign-in/help', label: 'Need help logging in?' }} footer={<a href="/sign-up">Sign up</a>} />,
    );

    expect(linksOf(html)).toEqual([
      { href: '/sign-in/help', text: 'Need help logging in?' },
      { href: '/sign-up', text: 'Sign up' },
    ]);
  });

  it('has no help link unless the app gives one', () => {
    expect(linksOf(renderStatic(<SignInPage {...props} />))).toEqual([]);
  });
});
