import type { OpenTimes } from '@tailwise/contracts';
import { closedDayReason, clinicDaySpan, clinicZone, datesInRange, type ClosurePeriod, type WeeklyHours } from '../rules/clinic-days';
import { openTimesInRange, type BusyAppointment } from '../rules/open-times';

/**
 * Open times start every quarter hour of the clinic's wall clock: fine enough for short visits,
 * coarse enough that a month of choices stays readable in the portal.
 */
export const OPEN_TIME_STEP_MINUTES = 15;

export interface OpenTimesRequest {
  timeZone: string;
  from: string;
  to: string;
  hours: WeeklyHours;
  closures: readonly ClosurePeriod[];
  busy: readonly BusyAppointment[];
  durationMinutes: number;
  /** Self-scheduling offers nothing already started: now. */
  notBefore?: Date;
}

const MINUTE_MS = 60_000;

/** Every day of the range with its open times as clinic-local `HH:mm` and as instants, or why it is closed. */
export function describeOpenTimes(request: OpenTimesRequest): OpenTimes {
  const zone = clinicZone(request.timeZone);
  const byDate = openTimesInRange({ ...request, startDate: request.from, endDate: request.to, stepMinutes: OPEN_TIME_STEP_MINUTES });
  const days = datesInRange(request.from, request.to).map((date) => {
    const span = clinicDaySpan(zone, date, request.hours, request.closures);
    if (!span.open) return { date, open: false, closedReason: closedDayReason(span), times: [] };
    const times = (byDate.get(date) ?? []).map((start) => {
      const ms = start.getTime();
      // The wall-clock time, without building a DateTime per slot.
      const time = new Date(ms + zone.offset(ms) * MINUTE_MS).toISOString().slice(11, 16);
      return { time, startsAt: start.toISOString() };
    });
    return { date, open: true, closedReason: null, times };
  });
  return { durationMinutes: request.durationMinutes, days };
}
