import { AccessTokenSigner, type AccessTokenClaims } from '@tailwise/auth';
import type { Jwks } from '@tailwise/contracts';

/** Signs access tokens with identity's private key and publishes the matching public keys. */
export class TokenIssuer {
  constructor(private readonly signer: AccessTokenSigner) {}

  static async create(privateKeyPem: string, keyId: string, ttlSeconds: number): Promise<TokenIssuer> {
    return new TokenIssuer(await AccessTokenSigner.fromPem(privateKeyPem, keyId, ttlSeconds));
  }

  sign(claims: AccessTokenClaims) {
    return this.signer.sign(claims);
  }

  get jwks(): Jwks {
    return this.signer.jwks as unknown as Jwks;
  }
}
