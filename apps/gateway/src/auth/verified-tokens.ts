import type { VerifiedAccessToken } from '@tailwise/auth';

const MAX_ENTRIES = 10_000;

/**
 * Access tokens already verified, until they expire. A browser sends the same token with
 * every request for its 15 minutes, and an Ed25519 verification costs more CPU than the
 * rest of the gateway's work on a request; this only ever holds tokens that verified.
 * Revocation is checked separately on every request, so caching cannot extend a session.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, VerifiedAccessToken>();

  get(token: string, nowSeconds = Date.now() / 1000): VerifiedAccessToken | undefined {
    const claims = this.entries.get(token);
    if (!claims) return undefined;
    if (claims.exp <= nowSeconds) {
      this.entries.delete(token);
      return undefined;
    }
    return claims;
  }

  set(token: string, claims: VerifiedAccessToken): void {
    if (this.entries.size >= MAX_ENTRIES) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, claims);
  }
}
