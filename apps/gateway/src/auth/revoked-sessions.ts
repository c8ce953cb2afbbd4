import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ConsumerMessages, NatsConnection } from 'nats';
import { IDENTITY_EVENTS } from '@tailwise/contracts';
import { NATS_CONNECTION } from '@tailwise/messaging';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import { followEvents } from './event-feed';

/**
 * Sessions ended before their access tokens expired (sign-out, a replayed refresh token).
 * Every gateway replica replays the last access-token lifetime of revocations from
 * JetStream at start and follows new ones, so a revoked token is refused everywhere.
 */
@Injectable()
export class RevokedSessions implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RevokedSessions');
  /** Session id → when its last access token has surely expired (ms). */
  private readonly revoked = new Map<string, number>();
  private messages: ConsumerMessages | null = null;
  private pruneTimer: NodeJS.Timeout | null = null;
  private readonly windowMs: number;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.windowMs = config.ACCESS_TOKEN_TTL_SECONDS * 1000;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.messages = await followEvents(
      this.nc,
      this.logger,
      [IDENTITY_EVENTS.sessionRevoked],
      { since: new Date(Date.now() - this.windowMs) },
      (event) => this.add(event.sessionId, new Date(event.revokedAt)),
    );
    this.pruneTimer = setInterval(() => this.prune(), 60_000);
    this.pruneTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    this.messages?.stop();
  }

  add(sessionId: string, revokedAt = new Date()): void {
    this.revoked.set(sessionId, revokedAt.getTime() + this.windowMs);
  }

  isRevoked(sessionId: string): boolean {
    return this.revoked.has(sessionId);
  }

  private prune(): void {
    const now = Date.now();
    for (const [sessionId, forgetAt] of this.revoked) if (forgetAt < now) this.revoked.delete(sessionId);
  }
}
