import { APPOINTMENT_ACTIONS, APPOINTMENT_STATUSES } from '@tailwise/contracts';
import { notScheduledReason, portalLockedReason, transition } from './appointment-status';

describe('appointment status', () => {
  it('allows exactly scheduled → checked-in → checked-out, and scheduled → cancelled or no-show', () => {
    const allowed = APPOINTMENT_STATUSES.flatMap((status) =>
      APPOINTMENT_ACTIONS.flatMap((action) => {
        const next = transition(status, action);
        return next.ok ? [`${status} --${action}--> ${next.status}`] : [];
      }),
    );
    expect(allowed).toEqual([
      'scheduled --check-in--> checked-in',
      'scheduled --cancel--> cancelled',
      'scheduled --no-show--> no-show',
      'checked-in --check-out--> checked-out',
    ]);
  });

  it('says why a transition is refused, in words', () => {
    expect(transition('checked-in', 'cancel')).toEqual({ ok: false, reason: 'This appointment is checked in: it cannot be cancelled' });
    expect(transition('no-show', 'check-in')).toEqual({ ok: false, reason: 'This appointment is marked as a no-show: it cannot be checked in' });
    expect(notScheduledReason('scheduled', 'it cannot be moved')).toBeNull();
    expect(notScheduledReason('cancelled', 'it cannot be moved')).toBe('This appointment is cancelled: it cannot be moved');
  });

  it('locks an appointment in the portal once checked in or out', () => {
    expect(APPOINTMENT_STATUSES.map((s) => [s, portalLockedReason(s)])).toEqual([
      ['scheduled', null],
      ['checked-in', 'This appointment is checked in, so it can no longer be changed'],
      ['checked-out', 'This appointment is checked out, so it can no longer be changed'],
      ['cancelled', null],
      ['no-show', null],
    ]);
  });
});
