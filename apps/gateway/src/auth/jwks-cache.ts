import { Injectable } from '@nestjs/common';
import type { JSONWebKeySet } from 'jose';
import { keyResolver, type KeyResolver } from '@tailwise/auth';
import { IDENTITY_SUBJECTS, type Jwks } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';

const REFRESH_FLOOR_MS = 30_000;

/**
 * identity's public keys, fetched over NATS on first use and again when a token names an
 * unknown key (a rotation), at most every 30 s so forged kids cannot hammer identity.
 */
@Injectable()
export class JwksCache {
  private keys: JSONWebKeySet | null = null;
  private resolver: KeyResolver | null = null;
  private fetchedAt = 0;
  private inflight: Promise<KeyResolver> | null = null;

  constructor(private readonly rpc: RpcClient) {}

  async get(kid: string | undefined): Promise<KeyResolver> {
    const known = this.keys?.keys.some((k) => k.kid === kid);
    if (this.resolver && (known || Date.now() - this.fetchedAt < REFRESH_FLOOR_MS)) return this.resolver;
    this.inflight ??= this.fetch().finally(() => (this.inflight = null));
    return this.inflight;
  }

  private async fetch(): Promise<KeyResolver> {
    const jwks = await this.rpc.request<Jwks>(IDENTITY_SUBJECTS.jwks, { kind: 'anonymous' }, {});
    this.keys = jwks as unknown as JSONWebKeySet;
    this.resolver = keyResolver(this.keys);
    this.fetchedAt = Date.now();
    return this.resolver;
  }
}
