import type { AppointmentStatus } from '@tailwise/contracts';

/** A client's visits as `Client` carries them: clinic-local dates, null when there is none. */
export interface VisitDates {
  lastVisitDate: string | null;
  nextVisitDate: string | null;
}

export const NO_VISITS: VisitDates = { lastVisitDate: null, nextVisitDate: null };

/**
 * One client's existing (not deleted) appointments of one status, summed up by the database:
 * the latest date, and the earliest on or after today (null when all are in the past).
 */
export interface StatusDates {
  clientId: string;
  status: AppointmentStatus;
  latest: string;
  earliestFromToday: string | null;
}

/** A visit took place once the animal went home; cancelled and no-show ones never did. */
const VISITED: readonly AppointmentStatus[] = ['checked-out'];
/** Still to come: booked, or under way today. */
const UPCOMING: readonly AppointmentStatus[] = ['scheduled', 'checked-in'];

/** Last and next visit per client; a client without appointments is not in the map. */
export function visitDatesByClient(rows: readonly StatusDates[]): Map<string, VisitDates> {
  const byClient = new Map<string, VisitDates>();
  for (const row of rows) {
    const dates = byClient.get(row.clientId) ?? { ...NO_VISITS };
    if (VISITED.includes(row.status)) dates.lastVisitDate = later(dates.lastVisitDate, row.latest);
    if (UPCOMING.includes(row.status)) dates.nextVisitDate = earlier(dates.nextVisitDate, row.earliestFromToday);
    byClient.set(row.clientId, dates);
  }
  return byClient;
}

// ISO dates (YYYY-MM-DD) sort as strings.
function later(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return a > b ? a : b;
}

function earlier(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return a < b ? a : b;
}
