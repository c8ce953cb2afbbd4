import { VerifiedTokens } from './verified-tokens';

const claims = (exp: number) => ({ sub: 'u', aud: 'hq' as const, sid: 's', tenant: 't', permissions: [], exp, iat: exp - 900 });

describe('VerifiedTokens', () => {
  it('returns a verified token until it expires', () => {
    const cache = new VerifiedTokens();
    cache.set('a', claims(100));
    expect(cache.get('a', 99)?.sub).toBe('u');
    expect(cache.get('a', 100)).toBeUndefined();
    expect(cache.get('a', 50)).toBeUndefined();
  });

  it('never answers for a token it was not given', () => {
    const cache = new VerifiedTokens();
    cache.set('a', claims(100));
    expect(cache.get('a ', 1)).toBeUndefined();
  });

  it('stays bounded, dropping the oldest entries', () => {
    const cache = new VerifiedTokens();
    for (let i = 0; i <= 10_000; i++) cache.set(`t${i}`, claims(1e12));
    expect(cache.get('t0', 1)).toBeUndefined();
    expect(cache.get('t10000', 1)).toBeDefined();
  });
});
