import type { AppointmentRequest, RequestStatus, TimeOfDay } from '@tailwise/contracts';
import { formatLocalDate } from '../settings/clinic-setup-labels';

export const TIME_OF_DAY_LABELS: Readonly<Record<TimeOfDay, string>> = {
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
};

export const REQUEST_STATUS_LABELS: Readonly<Record<RequestStatus, string>> = {
  pending: 'Pending',
  accepted: 'Accepted',
  declined: 'Declined',
};

export const REQUEST_STATUS_COLORS: Readonly<Record<RequestStatus, string>> = {
  pending: 'yellow',
  accepted: 'teal',
  declined: 'gray',
};

/** Where a time of day starts: the start time offered when the day has no open time left. */
const TIME_OF_DAY_STARTS: Readonly<Record<TimeOfDay, string>> = {
  morning: '08:00',
  afternoon: '12:00',
  evening: '17:00',
};

/** The time of day a start time falls in, as the portal asks it: morning before noon, evening from 17:00. */
export function timeOfDayOf(time: string): TimeOfDay {
  if (time < '12:00') return 'morning';
  return time < '17:00' ? 'afternoon' : 'evening';
}

export interface OpenTimeGroup {
  label: string;
  times: string[];
}

/** A day's open times, those in the time of day the client asked for first; empty groups are left out. */
export function groupOpenTimes(times: readonly string[], requested: TimeOfDay): OpenTimeGroup[] {
  const asked = times.filter((time) => timeOfDayOf(time) === requested);
  const others = times.filter((time) => timeOfDayOf(time) !== requested);
  return [
    { label: `${TIME_OF_DAY_LABELS[requested]} (requested)`, times: asked },
    { label: 'Other times', times: others },
  ].filter((group) => group.times.length > 0);
}

/** Where Accept starts: the first open time in the time of day asked for, else the first open one, else when that time of day begins. */
export function suggestedStartTime(times: readonly string[], requested: TimeOfDay): string {
  return times.find((time) => timeOfDayOf(time) === requested) ?? times[0] ?? TIME_OF_DAY_STARTS[requested];
}

/**
 * The list as staff work through it: pending requests first, the soonest requested date (then
 * the longest waiting) at the top; answered ones below, the latest answer first.
 */
export function requestsInOrder(requests: readonly AppointmentRequest[]): AppointmentRequest[] {
  const pending = requests.filter((r) => r.status === 'pending').sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const answered = requests
    .filter((r) => r.status !== 'pending')
    .sort((a, b) => (b.answeredAt ?? b.createdAt).localeCompare(a.answeredAt ?? a.createdAt));
  return [...pending, ...answered];
}

export function pendingCount(requests: readonly AppointmentRequest[]): number {
  return requests.filter((r) => r.status === 'pending').length;
}

/** What an answer came to: "Jun 3, 2030 at 10:30" for an accepted request, the message for a declined one. */
export function answerText(request: Pick<AppointmentRequest, 'status' | 'appointmentDate' | 'appointmentStartTime' | 'declineMessage'>): string | null {
  if (request.status === 'accepted' && request.appointmentDate) {
    return `${formatLocalDate(request.appointmentDate)}${request.appointmentStartTime ? ` at ${request.appointmentStartTime}` : ''}`;
  }
  if (request.status === 'declined') return request.declineMessage ?? 'No message to the client';
  return null;
}
