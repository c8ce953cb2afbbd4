import type { AppointmentStatus } from '@tailwise/contracts';
import { visitDatesByClient, type StatusDates } from './visit-dates';

const CLIENT = 'client-1';
const row = (status: AppointmentStatus, latest: string, earliestFromToday: string | null, clientId = CLIENT): StatusDates => ({
  clientId,
  status,
  latest,
  earliestFromToday,
});

describe('visitDatesByClient', () => {
  it('the last visit is the latest checked-out appointment; the next the earliest booked or under way from today', () => {
    const dates = visitDatesByClient([
      row('checked-out', '2030-03-02', null),
      row('scheduled', '2030-06-01', '2030-04-10'),
      row('checked-in', '2030-04-08', '2030-04-08'),
    ]);
    expect(dates.get(CLIENT)).toEqual({ lastVisitDate: '2030-03-02', nextVisitDate: '2030-04-08' });
  });

  it('cancelled and no-show appointments are neither a visit nor a coming one', () => {
    const dates = visitDatesByClient([row('cancelled', '2030-05-01', '2030-05-01'), row('no-show', '2030-01-01', null)]);
    expect(dates.get(CLIENT)).toEqual({ lastVisitDate: null, nextVisitDate: null });
  });

  it('appointments all in the past leave no next visit; a checked-out one booked ahead still counts as a visit', () => {
    const dates = visitDatesByClient([row('scheduled', '2030-01-05', null), row('checked-out', '2030-09-09', '2030-09-09')]);
    expect(dates.get(CLIENT)).toEqual({ lastVisitDate: '2030-09-09', nextVisitDate: null });
  });

  it('keeps each client apart, and leaves out clients without appointments', () => {
    const dates = visitDatesByClient([row('checked-out', '2030-02-01', null, 'a'), row('scheduled', '2030-07-01', '2030-07-01', 'b')]);
    expect(Object.fromEntries(dates)).toEqual({
      a: { lastVisitDate: '2030-02-01', nextVisitDate: null },
      b: { lastVisitDate: null, nextVisitDate: '2030-07-01' },
    });
    expect(visitDatesByClient([]).size).toBe(0);
  });
});
