import { randomUUID } from 'node:crypto';
import type { NatsConnection } from 'nats';
import { IDENTITY_SUBJECTS, type ActivePortalLinks, type PortalActor } from '@tailwise/contracts';
import type { RpcClient } from '@tailwise/messaging';
import { PORTAL_LINKS_TTL_MS, PortalLinks } from './portal-links';

const ORG = randomUUID();
const CLIENT = randomUUID();

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** identity's side: answers each load with the account's links as they are when it answers. */
function setUp() {
  const links = new Map<string, ActivePortalLinks['links']>();
  const calls: { subject: string; actor: unknown; data: unknown }[] = [];
  let gate: Promise<void> | null = null;
  const failures = { next: false };
  const rpc = {
    request: async (subject: string, actor: unknown, data: { portalAccountId: string }) => {
      if (failures.next) {
        failures.next = false;
        throw new Error('unavailable');
      }
      calls.push({ subject, actor, data });
      if (gate) await gate;
      return { links: [...(links.get(data.portalAccountId) ?? [])] };
    },
  } as unknown as RpcClient;
  const cache = new PortalLinks(rpc, {} as NatsConnection);
  const hold = () => {
    const d = deferred<void>();
    gate = d.promise;
    return () => {
      gate = null;
      d.resolve();
    };
  };
  return { cache, links, calls, hold, failures };
}

const actor = (portalAccountId: string = randomUUID()): PortalActor => ({ kind: 'portal', portalUserId: randomUUID(), portalAccountId, permissions: [] });

describe('PortalLinks', () => {
  afterEach(() => jest.restoreAllMocks());

  it('loads an account once, by its id, and answers the link for an organization or null', async () => {
    const { cache, links, calls } = setUp();
    const user = actor();
    links.set(user.portalAccountId, [{ organizationId: ORG, clientId: CLIENT }]);
    await expect(cache.find(user, ORG)).resolves.toEqual({ organizationId: ORG, clientId: CLIENT });
    await expect(cache.find(user, randomUUID())).resolves.toBeNull();
    expect(calls).toEqual([{ subject: IDENTITY_SUBJECTS.portalLinksActive, actor: user, data: { portalAccountId: user.portalAccountId } }]);
  });

  it('shares one load among concurrent requests of an account', async () => {
    const { cache, calls, hold } = setUp();
    const user = actor();
    const release = hold();
    const answers = Promise.all([cache.find(user, ORG), cache.find(user, ORG), cache.find(actor(user.portalAccountId), ORG)]);
    release();
    await answers;
    expect(calls).toHaveLength(1);
  });

  it('an event about the account drops what is known: the next request loads again', async () => {
    const { cache, links, calls } = setUp();
    const user = actor();
    links.set(user.portalAccountId, [{ organizationId: ORG, clientId: CLIENT }]);
    await cache.find(user, ORG);
    links.set(user.portalAccountId, []);
    cache.evict(user.portalAccountId);
    await expect(cache.find(user, ORG)).resolves.toBeNull();
    expect(calls).toHaveLength(2);
  });

  it('does not cache a load that an event raced: it may have read the link before it closed', async () => {
    const { cache, links, calls, hold } = setUp();
    const user = actor();
    links.set(user.portalAccountId, [{ organizationId: ORG, clientId: CLIENT }]);
    const release = hold();
    const racing = cache.find(user, ORG);
    // identity closes the link and announces it while the load is in flight; the load
    // answers what it read before.
    cache.evict(user.portalAccountId);
    release();
    await expect(racing).resolves.not.toBeNull();
    links.set(user.portalAccountId, []);
    await expect(cache.find(user, ORG)).resolves.toBeNull();
    expect(calls).toHaveLength(2);
  });

  it('a request after the event does not join the load it outdated', async () => {
    const { cache, calls, hold } = setUp();
    const user = actor();
    const release = hold();
    const before = cache.find(user, ORG);
    cache.evict(user.portalAccountId);
    const after = cache.find(user, ORG);
    release();
    await Promise.all([before, after]);
    expect(calls).toHaveLength(2);
  });

  it('forgets an account after the TTL, events or not', async () => {
    const { cache, calls } = setUp();
    const user = actor();
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now);
    await cache.find(user, ORG);
    clock.mockReturnValue(now + PORTAL_LINKS_TTL_MS - 1);
    await cache.find(user, ORG);
    expect(calls).toHaveLength(1);
    clock.mockReturnValue(now + PORTAL_LINKS_TTL_MS);
    await cache.find(user, ORG);
    expect(calls).toHaveLength(2);
  });

  it("after this replica's own close or delete, forgets every account holding that link and every running load", async () => {
    const { cache, links, calls, hold } = setUp();
    const holder = actor();
    const bystander = actor();
    links.set(holder.portalAccountId, [{ organizationId: ORG, clientId: CLIENT }]);
    links.set(bystander.portalAccountId, [{ organizationId: ORG, clientId: randomUUID() }]);
    await cache.find(holder, ORG);
    await cache.find(bystander, ORG);
    const release = hold();
    const running = cache.find(actor(), ORG);
    cache.evictClient(ORG, CLIENT);
    release();
    await running;
    links.set(holder.portalAccountId, []);
    await expect(cache.find(holder, ORG)).resolves.toBeNull();
    await cache.find(bystander, ORG);
    expect(calls.map((c) => (c.data as { portalAccountId: string }).portalAccountId)).toEqual([
      holder.portalAccountId,
      bystander.portalAccountId,
      expect.any(String),
      holder.portalAccountId,
    ]);
    // The running load was outdated by the close: it was not cached.
    const third = calls[2]?.actor as PortalActor;
    await cache.find(third, ORG);
    expect(calls).toHaveLength(5);
  });

  it('a failed load is not cached and does not block the next one', async () => {
    const { cache, calls, failures } = setUp();
    const user = actor();
    failures.next = true;
    await expect(cache.find(user, ORG)).rejects.toThrow('unavailable');
    await expect(cache.find(user, ORG)).resolves.toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('asks identity as the portal user, without a link from an earlier check', async () => {
    const { cache, calls } = setUp();
    const user = { ...actor(), link: { organizationId: ORG, clientId: CLIENT } };
    await cache.find(user, ORG);
    const { link: _link, ...caller } = user;
    expect(calls[0]?.actor).toEqual(caller);
  });
});
