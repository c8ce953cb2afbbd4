import type { AppointmentAction, AppointmentStatus } from '@tailwise/contracts';

/** How staff and clients read a status in a sentence: "This appointment is …". */
export const STATUS_WORDS: Record<AppointmentStatus, string> = {
  scheduled: 'scheduled',
  'checked-in': 'checked in',
  'checked-out': 'checked out',
  cancelled: 'cancelled',
  'no-show': 'marked as a no-show',
};

const ACTION_WORDS: Record<AppointmentAction, string> = {
  'check-in': 'checked in',
  'check-out': 'checked out',
  cancel: 'cancelled',
  'no-show': 'marked as a no-show',
};

/** Each action: the status it needs and the status it leads to. */
const TRANSITIONS: Record<AppointmentAction, { from: AppointmentStatus; to: AppointmentStatus }> = {
  'check-in': { from: 'scheduled', to: 'checked-in' },
  'check-out': { from: 'checked-in', to: 'checked-out' },
  cancel: { from: 'scheduled', to: 'cancelled' },
  'no-show': { from: 'scheduled', to: 'no-show' },
};

export type Transition = { ok: true; status: AppointmentStatus } | { ok: false; reason: string };

export function transition(status: AppointmentStatus, action: AppointmentAction): Transition {
  const { from, to } = TRANSITIONS[action];
  if (status === from) return { ok: true, status: to };
  return { ok: false, reason: `This appointment is ${STATUS_WORDS[status]}: it cannot be ${ACTION_WORDS[action]}` };
}

/** Why staff cannot move or change an appointment that is no longer scheduled; null while it is. */
export function notScheduledReason(status: AppointmentStatus, what: string): string | null {
  return status === 'scheduled' ? null : `This appointment is ${STATUS_WORDS[status]}: ${what}`;
}

/** Once the animal is at the clinic the portal shows the appointment read-only. */
export function portalLockedReason(status: AppointmentStatus): string | null {
  if (status === 'checked-in' || status === 'checked-out') return `This appointment is ${STATUS_WORDS[status]}, so it can no longer be changed`;
  return null;
}
