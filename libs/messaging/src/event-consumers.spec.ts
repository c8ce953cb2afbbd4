import { durableName } from './event-consumers';

describe('durableName', () => {
  it('joins consumer and subject into a name JetStream accepts', () => {
    expect(durableName('notifications.welcome-email', 'events.identity.organization.signed-up')).toBe(
      'notifications_welcome-email__events_identity_organization_signed-up',
    );
  });

  it('replaces every character a durable name may not hold (., *, >, spaces, others)', () => {
    const name = durableName('chat recap/v2', 'events.chat.*.>');
    expect(name).toBe('chat_recap_v2__events_chat____');
    expect(name).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('is stable, so a restarted service resumes the same durable consumer', () => {
    expect(durableName('a.b', 'events.x.y')).toBe(durableName('a.b', 'events.x.y'));
  });

  it('differs per effect and per event', () => {
    const names = new Set([
      durableName('notifications.welcome', 'events.identity.user.created'),
      durableName('notifications.audit', 'events.identity.user.created'),
      durableName('notifications.welcome', 'events.identity.user.disabled'),
    ]);
    expect(names.size).toBe(3);
  });
});
