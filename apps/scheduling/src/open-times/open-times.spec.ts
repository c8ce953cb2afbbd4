import { openTimesSchema } from '@tailwise/contracts';
import { describeOpenTimes, type OpenTimesRequest } from './open-times';

// 2026-11-01 is a Sunday, the day US clocks go back: Chicago is UTC-5 before and UTC-6 after.
const request: OpenTimesRequest = {
  timeZone: 'America/Chicago',
  from: '2026-10-30',
  to: '2026-11-02',
  hours: { 1: { opens: '09:00', closes: '10:00' }, 5: { opens: '09:00', closes: '10:00' }, 6: { opens: '09:00', closes: '10:00' } },
  closures: [{ startDate: '2026-10-31', endDate: '2026-10-31', reason: 'Halloween' }],
  busy: [],
  durationMinutes: 30,
};

describe('describeOpenTimes', () => {
  it('gives every day of the range: open times as local HH:mm and instants, closed days with their reason', () => {
    const described = describeOpenTimes(request);
    expect(openTimesSchema.parse(described)).toEqual(described);
    expect(described.durationMinutes).toBe(30);
    expect(described.days.map((d) => [d.date, d.open, d.closedReason, d.times.map((t) => t.time)])).toEqual([
      ['2026-10-30', true, null, ['09:00', '09:15', '09:30']],
      ['2026-10-31', false, 'The clinic is closed on 2026-10-31: Halloween', []],
      ['2026-11-01', false, 'The clinic is closed on Sundays', []],
      ['2026-11-02', true, null, ['09:00', '09:15', '09:30']],
    ]);
    expect(described.days[0].times[0].startsAt).toBe('2026-10-30T14:00:00.000Z');
    expect(described.days[3].times[0].startsAt).toBe('2026-11-02T15:00:00.000Z');
  });

  it('leaves out booked times, times already past, and keeps times beside boarding', () => {
    const described = describeOpenTimes({
      ...request,
      busy: [
        { start: new Date('2026-10-30T14:15:00Z'), end: new Date('2026-10-30T14:30:00Z'), category: 'wellness' },
        { start: new Date('2026-11-02T15:00:00Z'), end: new Date('2026-11-03T15:00:00Z'), category: 'boarding' },
      ],
      notBefore: new Date('2026-11-02T15:10:00Z'),
    });
    expect(described.days.map((d) => d.times.map((t) => t.time))).toEqual([[], [], [], ['09:15', '09:30']]);
    expect(describeOpenTimes({ ...request, busy: [{ start: new Date('2026-10-30T14:15:00Z'), end: new Date('2026-10-30T14:30:00Z'), category: 'wellness' }] }).days[0].times.map((t) => t.time)).toEqual(['09:30']);
  });
});
