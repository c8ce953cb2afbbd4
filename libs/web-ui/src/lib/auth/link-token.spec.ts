import { describe, expect, it } from 'vitest';
import { linkTokenFrom } from './link-token';

describe('linkTokenFrom', () => {
  it('reads the token of a `#token=` fragment, or none', () => {
    expect(linkTokenFrom('#token=c2VjcmV0')).toBe('c2VjcmV0');
    expect(linkTokenFrom('')).toBeNull();
    expect(linkTokenFrom('#token=')).toBeNull();
    expect(linkTokenFrom('#other=c2VjcmV0')).toBeNull();
  });
});
