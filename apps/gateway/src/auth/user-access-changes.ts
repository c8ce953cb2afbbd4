import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ConsumerMessages, NatsConnection } from 'nats';
import type { Audience } from '@tailwise/auth';
import { IDENTITY_EVENTS } from '@tailwise/contracts';
import { NATS_CONNECTION } from '@tailwise/messaging';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import { followEvents } from './event-feed';

interface AccessChange {
  /** Tokens issued (iat, seconds with millisecond fractions) before this carry the old permissions. */
  notBeforeSeconds: number;
  /** When every token issued before the change has expired anyway (ms). */
  forgetAt: number;
}

/**
 * Users whose permissions changed (new role, role edited, portal permissions set) while
 * their access tokens still carry the old ones. Such a token is refused with 401, so the
 * browser refreshes and gets the new permissions. Like RevokedSessions, each replica
 * replays the last access-token lifetime of changes from JetStream at start.
 *
 * `changedAt` is identity's clock, as is `iat`, which identity writes with millisecond
 * precision: a token refreshed a moment after the change is accepted, one issued a moment
 * before it is not.
 */
@Injectable()
export class UserAccessChanges implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('UserAccessChanges');
  private readonly changes = new Map<string, AccessChange>();
  private messages: ConsumerMessages | null = null;
  private pruneTimer: NodeJS.Timeout | null = null;
  private readonly windowMs: number;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(GATEWAY_CONFIG) config: Pick<GatewayConfig, 'ACCESS_TOKEN_TTL_SECONDS'>,
  ) {
    this.windowMs = config.ACCESS_TOKEN_TTL_SECONDS * 1000;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.messages = await followEvents(
      this.nc,
      this.logger,
      [IDENTITY_EVENTS.userAccessChanged],
      { since: new Date(Date.now() - this.windowMs) },
      (event) => this.add(event.audience, event.userId, new Date(event.changedAt)),
    );
    this.pruneTimer = setInterval(() => this.prune(), 60_000);
    this.pruneTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    this.messages?.stop();
  }

  add(audience: Audience, userId: string, changedAt: Date): void {
    const key = keyOf(audience, userId);
    const notBeforeSeconds = changedAt.getTime() / 1000;
    // Events can arrive out of order across a replay; the latest change wins.
    if ((this.changes.get(key)?.notBeforeSeconds ?? -Infinity) >= notBeforeSeconds) return;
    this.changes.set(key, { notBeforeSeconds, forgetAt: changedAt.getTime() + this.windowMs });
  }

  /** Whether a token of this user, issued at `iat` (seconds), predates a change of their access. */
  isOutdated(audience: Audience, userId: string, iat: number): boolean {
    const change = this.changes.get(keyOf(audience, userId));
    return change !== undefined && iat < change.notBeforeSeconds;
  }

  prune(now = Date.now()): void {
    for (const [key, change] of this.changes) if (change.forgetAt < now) this.changes.delete(key);
  }
}

const keyOf = (audience: Audience, userId: string) => `${audience}:${userId}`;
