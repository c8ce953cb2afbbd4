import { IDENTITY_EVENTS } from '@tailwise/contracts';
import { filterFor } from './event-feed';

describe('filterFor', () => {
  it('is the subject itself for one event', () => {
    expect(filterFor([IDENTITY_EVENTS.sessionRevoked.subject])).toBe('events.identity.session.revoked');
  });

  it('is the wildcard of the common prefix for a family of events', () => {
    const family = [IDENTITY_EVENTS.portalLinkOpened, IDENTITY_EVENTS.portalLinkClosed, IDENTITY_EVENTS.portalLinkDeleted];
    expect(filterFor(family.map((e) => e.subject))).toBe('events.identity.portal-link.>');
  });

  it('refuses events with nothing in common but the stream', () => {
    expect(() => filterFor(['events.identity.a.x', 'events.clients.b.y'])).toThrow();
  });
});
