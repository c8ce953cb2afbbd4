import { randomUUID } from 'node:crypto';
import type { NatsConnection } from 'nats';
import { UserAccessChanges } from './user-access-changes';

const TTL_SECONDS = 900;
const changes = () => new UserAccessChanges({} as NatsConnection, { ACCESS_TOKEN_TTL_SECONDS: TTL_SECONDS });
/** A token's iat: seconds, with the millisecond fraction identity writes. */
const seconds = (at: Date) => at.getTime() / 1000;

describe('UserAccessChanges', () => {
  it('refuses tokens issued before the change, even in the same second, and keeps those issued at or after it', () => {
    const tracker = changes();
    const user = randomUUID();
    const changedAt = new Date('2030-01-01T10:00:00.700Z');
    tracker.add('hq', user, changedAt);
    expect(tracker.isOutdated('hq', user, seconds(changedAt) - 1)).toBe(true);
    expect(tracker.isOutdated('hq', user, seconds(new Date('2030-01-01T10:00:00.699Z')))).toBe(true);
    expect(tracker.isOutdated('hq', user, seconds(changedAt))).toBe(false);
    expect(tracker.isOutdated('hq', user, seconds(new Date('2030-01-01T10:00:00.701Z')))).toBe(false);
  });

  it('is per audience and per user', () => {
    const tracker = changes();
    const user = randomUUID();
    const changedAt = new Date('2030-01-01T10:00:00Z');
    tracker.add('portal', user, changedAt);
    const before = seconds(changedAt) - 60;
    expect(tracker.isOutdated('portal', user, before)).toBe(true);
    expect(tracker.isOutdated('hq', user, before)).toBe(false);
    expect(tracker.isOutdated('portal', randomUUID(), before)).toBe(false);
  });

  it('the latest change wins, whatever order the events come in', () => {
    const tracker = changes();
    const user = randomUUID();
    const earlier = new Date('2030-01-01T10:00:00Z');
    const later = new Date('2030-01-01T10:05:00Z');
    tracker.add('hq', user, later);
    tracker.add('hq', user, earlier);
    expect(tracker.isOutdated('hq', user, seconds(later) - 1)).toBe(true);
  });

  it('forgets a change once every token issued before it has expired', () => {
    const tracker = changes();
    const user = randomUUID();
    const changedAt = new Date('2030-01-01T10:00:00Z');
    tracker.add('hq', user, changedAt);
    tracker.prune(changedAt.getTime() + TTL_SECONDS * 1000);
    expect(tracker.isOutdated('hq', user, seconds(changedAt) - 1)).toBe(true);
    tracker.prune(changedAt.getTime() + TTL_SECONDS * 1000 + 1);
    expect(tracker.isOutdated('hq', user, seconds(changedAt) - 1)).toBe(false);
  });
});
