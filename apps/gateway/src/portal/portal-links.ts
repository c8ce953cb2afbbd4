import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ConsumerMessages, NatsConnection } from 'nats';
import { IDENTITY_EVENTS, IDENTITY_SUBJECTS, type ActivePortalLinks, type PortalActor } from '@tailwise/contracts';
import { NATS_CONNECTION, RpcClient } from '@tailwise/messaging';
import { followEvents } from '../auth/event-feed';

export type ActivePortalLink = ActivePortalLinks['links'][number];

/** A safety net: an event this replica missed (a consumer reset) is forgotten within a minute. */
export const PORTAL_LINKS_TTL_MS = 60_000;

const LINK_EVENTS = [IDENTITY_EVENTS.portalLinkOpened, IDENTITY_EVENTS.portalLinkClosed, IDENTITY_EVENTS.portalLinkDeleted] as const;

/**
 * Each portal account's active links, which every org-scoped portal request checks. Loaded
 * from identity on first use and dropped whenever identity announces a change to one of the
 * account's links, so Close Access takes effect at once without a call to identity on every
 * request.
 *
 * A load that was running when such an event arrived may have read the old links: each
 * account's current load is its generation, an event ends it, and only the current
 * generation's answer is cached (the callers already waiting still get it).
 */
@Injectable()
export class PortalLinks implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PortalLinks');
  private readonly cached = new Map<string, { links: ActivePortalLink[]; expiresAt: number }>();
  private readonly loading = new Map<string, Promise<ActivePortalLink[]>>();
  private messages: ConsumerMessages | null = null;
  private pruneTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly rpc: RpcClient,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Only changes from now on: nothing is cached yet, and what is loaded later is current.
    this.messages = await followEvents(this.nc, this.logger, LINK_EVENTS, 'new', (event) => this.evict(event.portalAccountId));
    this.pruneTimer = setInterval(() => this.prune(), PORTAL_LINKS_TTL_MS);
    this.pruneTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    this.messages?.stop();
  }

  /** The account's active link with this organization, or null. */
  async find(actor: PortalActor, organizationId: string): Promise<ActivePortalLink | null> {
    const links = await this.linksOf(actor);
    return links.find((link) => link.organizationId === organizationId) ?? null;
  }

  /** Forgets what is known of the account's links, and any load of them still running. */
  evict(portalAccountId: string): void {
    this.cached.delete(portalAccountId);
    this.loading.delete(portalAccountId);
  }

  /**
   * After this replica closed or deleted a client's access: the account is not known here,
   * so every account holding that link is forgotten, and every running load (any of them
   * may have read the link before it changed).
   */
  evictClient(organizationId: string, clientId: string): void {
    for (const [account, { links }] of this.cached) {
      if (links.some((link) => link.organizationId === organizationId && link.clientId === clientId)) this.cached.delete(account);
    }
    this.loading.clear();
  }

  private linksOf(actor: PortalActor): Promise<ActivePortalLink[]> {
    const account = actor.portalAccountId;
    const hit = this.cached.get(account);
    if (hit && hit.expiresAt > Date.now()) return Promise.resolve(hit.links);
    return this.loading.get(account) ?? this.load(actor);
  }

  private load(actor: PortalActor): Promise<ActivePortalLink[]> {
    const account = actor.portalAccountId;
    const { link: _link, ...caller } = actor;
    const load: Promise<ActivePortalLink[]> = this.rpc
      .request<ActivePortalLinks>(IDENTITY_SUBJECTS.portalLinksActive, caller, { portalAccountId: account })
      .then(({ links }) => {
        if (this.loading.get(account) === load) this.cached.set(account, { links, expiresAt: Date.now() + PORTAL_LINKS_TTL_MS });
        return links;
      })
      .finally(() => {
        if (this.loading.get(account) === load) this.loading.delete(account);
      });
    this.loading.set(account, load);
    return load;
  }

  private prune(): void {
    const now = Date.now();
    for (const [account, { expiresAt }] of this.cached) if (expiresAt <= now) this.cached.delete(account);
  }
}
