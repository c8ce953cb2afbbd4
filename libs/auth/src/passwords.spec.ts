import { hashPassword, verifyAgainstDecoy, verifyPassword } from './passwords';
import { randomToken, sha256 } from './secrets';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('s3cret!pass');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    await expect(verifyPassword(hash, 's3cret!pass')).resolves.toBe(true);
    await expect(verifyPassword(hash, 's3cret!pasS')).resolves.toBe(false);
    await expect(verifyAgainstDecoy('anything')).resolves.toBe(false);
  });

  it('treats a corrupt hash as a mismatch', async () => {
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
  });
});

describe('secrets', () => {
  it('makes unguessable tokens and stores only their digest', () => {
    const token = randomToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(randomToken()).not.toBe(token);
    expect(sha256(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256(token)).not.toContain(token);
  });
});
