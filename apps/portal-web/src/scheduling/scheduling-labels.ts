import { type AppointmentRequest, type DayHours, TIMES_OF_DAY, type TimeOfDay } from '@tailwise/contracts';
import { isApiError } from '@tailwise/web-api';
import { dateText, timeText } from '../appointments/appointment-labels';

const TIME_OF_DAY: Record<TimeOfDay, string> = { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' };
export const timeOfDayLabel = (timeOfDay: TimeOfDay) => TIME_OF_DAY[timeOfDay];
export const TIME_OF_DAY_OPTIONS = TIMES_OF_DAY.map((value) => ({ value, label: TIME_OF_DAY[value] }));

const WEEKDAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** ISO weekday (Monday is 1). */
export const weekdayName = (weekday: number) => WEEKDAY[weekday - 1];

/** "8:00 AM – 5:00 PM", or "Closed". */
export function hoursText(day: DayHours): string {
  return day.hours ? `${timeText(day.hours.opens)} – ${timeText(day.hours.closes)}` : 'Closed';
}

/** What the clinic says about its hours when it shows none. */
export const officeHoursNote = (officeHoursText: string | null) => officeHoursText ?? 'By appointment only';

export const REQUEST_STATUS_COLOR: Record<AppointmentRequest['status'], string> = { pending: 'yellow', accepted: 'teal', declined: 'gray' };
const REQUEST_STATUS: Record<AppointmentRequest['status'], string> = { pending: 'Pending', accepted: 'Accepted', declined: 'Declined' };
export const requestStatusLabel = (request: Pick<AppointmentRequest, 'status'>) => REQUEST_STATUS[request.status];

/** What became of a request, in a sentence: when it was booked, or the clinic's word on declining. */
export function requestOutcome(request: AppointmentRequest): string | null {
  if (request.status === 'accepted' && request.appointmentDate && request.appointmentStartTime) {
    return `Booked for ${dateText(request.appointmentDate)} at ${timeText(request.appointmentStartTime)}`;
  }
  if (request.status === 'declined') return request.declineMessage ?? 'The clinic could not offer this visit. Please call them.';
  return null;
}

export const TIME_TAKEN_MESSAGE = 'That time was just taken — choose another';

/** Someone else booked the chosen time between listing and booking: the service names `startTime`. */
export function isTimeTaken(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.issues.some((issue) => issue.path === 'startTime');
}

/** Today in the clinic's time zone, as `YYYY-MM-DD`: the first date a client may pick. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
