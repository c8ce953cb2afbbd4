import { describe, expect, it } from 'vitest';
import { redirectTarget } from './redirect';

describe('redirectTarget', () => {
  it('returns to the page that asked for sign-in', () => {
    expect(redirectTarget({ from: '/clients/all?page=2#top' })).toBe('/clients/all?page=2#top');
  });

  it.each([[null], [undefined], [{}], [{ from: 42 }], [{ from: 'https://evil.example' }], [{ from: '//evil.example' }], [{ from: '/\\evil.example' }], [{ from: '/sign-in' }], [{ from: '/sign-in/help' }], [{ from: '/sign-up?x=1' }]])(
    'goes home for %j',
    (state) => {
      expect(redirectTarget(state)).toBe('/');
    },
  );
});
