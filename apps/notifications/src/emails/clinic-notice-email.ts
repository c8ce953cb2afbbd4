import type { ClinicNotice, TimeOfDay } from '@tailwise/contracts';
import { oneLine, renderEmail, strong, type Inline, type RenderedEmail } from './email-layout';

export const CLINIC_NOTICE_KIND = 'clinic-notice';

/** The HQ page staff answer requests on; `clinic` and `date` open the notice's clinic and day. */
export const HQ_CALENDAR_PAGE = '/calendar';

const TIME_OF_DAY_LABELS: Readonly<Record<TimeOfDay, string>> = { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' };

/**
 * The clinic's notice that a client asked for an appointment or booked one through the portal,
 * sent to the notification email the clinic set.
 */
export function renderClinicNoticeEmail(notice: ClinicNotice, publicUrl: string): RenderedEmail {
  const client = oneLine(notice.clientName);
  const clinic = oneLine(notice.clinicName);
  const date = longDate(notice.date);
  const request = notice.kind === 'appointment-request';
  const time = request ? notice.timeOfDay && TIME_OF_DAY_LABELS[notice.timeOfDay] : notice.startTime && clockTime(notice.startTime);
  const details: Inline[][] = [
    ['Reason: ', strong(oneLine(notice.reasonName))],
    ['Date: ', strong(date)],
    ...(time ? [[request ? 'Time of day: ' : 'Time: ', strong(time)]] : []),
  ];
  return renderEmail({
    subject: request
      ? `Appointment request from ${client} — ${date}${time ? ` (${time})` : ''}`
      : `${client} booked an appointment — ${date}${time ? ` at ${time}` : ''}`,
    greeting: 'Hello,',
    paragraphs: [
      [strong(client), request ? ' requested an appointment at ' : ' booked an appointment at ', strong(clinic), ' through the client portal.'],
      ...details,
      ...messageParagraphs(client, notice.message),
    ],
    action: {
      intro: request ? 'Staff answer it on the Calendar, under "Appointment Requests", in Tailwise HQ:' : 'It is on the Calendar in Tailwise HQ:',
      label: 'Open the Calendar',
      url: calendarLink(publicUrl, notice),
    },
    notes: [`You are receiving this email because this address is the request notification email of ${clinic} in Tailwise (Settings > Clinic).`],
  });
}

/** The client's message keeps its lines, one paragraph each; a blank message is no message. */
function messageParagraphs(client: string, message: string | null): Inline[][] {
  const lines = (message ?? '').split(/\r?\n/).map(oneLine).filter(Boolean);
  return lines.length > 0 ? [[`Message from ${client}:`], ...lines.map((line) => [line])] : [];
}

function calendarLink(publicUrl: string, notice: ClinicNotice): string {
  const query = new URLSearchParams({ clinic: notice.clinicId, view: 'day', date: notice.date });
  return `${publicUrl.replace(/\/+$/, '')}${HQ_CALENDAR_PAGE}?${query}`;
}

/** "Tuesday, December 1, 2026": the clinic's own date, never shifted by the server's time zone. */
function longDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}

/** "9:30 AM" from "09:30", spelled out by hand: ICU's formatting puts a narrow no-break space before AM. */
function clockTime(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return `${hours % 12 === 0 ? 12 : hours % 12}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
}
