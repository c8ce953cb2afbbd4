import { LINK_PAGES, linkWithToken, setPasswordPage } from './email-links';

describe('linkWithToken', () => {
  it('puts the secret in the fragment of the page under the public URL', () => {
    expect(linkWithToken('https://app.tailwise.test', LINK_PAGES.portalInvitation, 'abc_DEF-123')).toBe(
      'https://app.tailwise.test/portal/invitation#token=abc_DEF-123',
    );
    expect(linkWithToken('https://app.tailwise.test/', LINK_PAGES.staffSetPassword, 'abc')).toBe('https://app.tailwise.test/set-password#token=abc');
  });

  it('encodes a secret with characters that mean something in a URL', () => {
    expect(linkWithToken('http://localhost:3000', LINK_PAGES.portalSetPassword, 'a+b/c=&d#e')).toBe(
      'http://localhost:3000/portal/set-password#token=a%2Bb%2Fc%3D%26d%23e',
    );
  });
});

describe('setPasswordPage', () => {
  it('sends staff to HQ and portal users to the portal', () => {
    expect(setPasswordPage('hq')).toBe('/set-password');
    expect(setPasswordPage('portal')).toBe('/portal/set-password');
  });
});
