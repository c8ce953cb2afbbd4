import type { ClinicNotice } from '@tailwise/contracts';
import { renderClinicNoticeEmail } from './clinic-notice-email';

const CALENDAR_URL = 'https://app.tailwise.test/calendar?clinic=8d0c6f4e-1c1b-4b5e-8f43-2f7f1f0f2a22&view=day&date=2026-12-01';

const request: ClinicNotice = {
  organizationId: '2b8f0a3e-4c55-4f0e-9a53-6f1d2d0c9e11',
  clinicId: '8d0c6f4e-1c1b-4b5e-8f43-2f7f1f0f2a22',
  clinicName: 'Eastside Spay/Neuter',
  to: 'front@example.org',
  kind: 'appointment-request',
  clientName: 'Jane Doe',
  reasonName: 'Spay & neuter',
  date: '2026-12-01',
  timeOfDay: 'morning',
  startTime: null,
  message: 'Milo is shy.\nPlease call first.',
};

const selfScheduled: ClinicNotice = { ...request, kind: 'self-scheduled', timeOfDay: null, startTime: '09:30', message: null };

describe('renderClinicNoticeEmail', () => {
  it('tells the clinic about a request: client, reason, date, time of day, message, and where staff answer it', () => {
    const email = renderClinicNoticeEmail(request, 'https://app.tailwise.test');
    expect(email.subject).toBe('Appointment request from Jane Doe — Tuesday, December 1, 2026 (Morning)');
    expect(email.text).toContain('Jane Doe requested an appointment at Eastside Spay/Neuter through the client portal.');
    expect(email.text).toContain('Reason: Spay & neuter\n');
    expect(email.text).toContain('Date: Tuesday, December 1, 2026\n');
    expect(email.text).toContain('Time of day: Morning\n');
    expect(email.text).toContain('Message from Jane Doe:\n\nMilo is shy.\n\nPlease call first.\n');
    expect(email.text).toContain('Staff answer it on the Calendar, under "Appointment Requests", in Tailwise HQ:');
    expect(email.text).toContain(`\n${CALENDAR_URL}\n`);
    expect(email.html).toContain('<p><strong>Jane Doe</strong> requested an appointment at <strong>Eastside Spay/Neuter</strong> through the client portal.</p>');
    expect(email.html).toContain('<p>Reason: <strong>Spay &amp; neuter</strong></p>');
    expect(email.html).toContain('<p>Time of day: <strong>Morning</strong></p>');
    expect(email.html).toContain('<p>Milo is shy.</p>\n    <p>Please call first.</p>');
    expect(email.html).toContain(`<a href="${CALENDAR_URL.replace(/&/g, '&amp;')}">Open the Calendar</a>`);
  });

  it('tells the clinic about a self-scheduled booking with its time, and leaves out a message there is none of', () => {
    const email = renderClinicNoticeEmail(selfScheduled, 'https://app.tailwise.test/');
    expect(email.subject).toBe('Jane Doe booked an appointment — Tuesday, December 1, 2026 at 9:30 AM');
    expect(email.text).toContain('Jane Doe booked an appointment at Eastside Spay/Neuter through the client portal.');
    expect(email.text).toContain('Time: 9:30 AM\n');
    expect(email.text).toContain(`It is on the Calendar in Tailwise HQ:\n${CALENDAR_URL}\n`);
    expect(email.text).not.toContain('Message');
    expect(email.text).not.toContain('Appointment Requests');
    expect(email.html).not.toContain('Message');
  });

  it('spells afternoon and evening times in the 12-hour clock', () => {
    const at = (startTime: string) => renderClinicNoticeEmail({ ...selfScheduled, startTime }, 'https://app.tailwise.test').subject;
    expect(at('00:05')).toMatch(/ at 12:05 AM$/);
    expect(at('12:00')).toMatch(/ at 12:00 PM$/);
    expect(at('17:45')).toMatch(/ at 5:45 PM$/);
    expect(renderClinicNoticeEmail({ ...request, timeOfDay: 'evening' }, 'https://app.tailwise.test').subject).toMatch(/\(Evening\)$/);
  });

  it('treats a blank message as no message', () => {
    const email = renderClinicNoticeEmail({ ...request, message: ' \n\t ' }, 'https://app.tailwise.test');
    expect(email.text).not.toContain('Message from');
  });

  it('escapes everything the client and clinic typed in the HTML', () => {
    const email = renderClinicNoticeEmail(
      {
        ...request,
        clinicName: "O'Malley's <b>clinic</b>",
        clientName: '<script>alert("hi")</script>',
        reasonName: '<img src=x onerror="alert(1)">',
        message: '<a href="https://evil.test">click</a>',
      },
      'https://app.tailwise.test',
    );
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img');
    expect(email.html).not.toContain('<b>');
    expect(email.html).not.toContain('evil.test">');
    expect(email.html).toContain('<strong>&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;</strong> requested');
    expect(email.html).toContain('<strong>O&#39;Malley&#39;s &lt;b&gt;clinic&lt;/b&gt;</strong>');
    expect(email.html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(email.html).toContain('&lt;a href=&quot;https://evil.test&quot;&gt;click&lt;/a&gt;');
    // Plain text is not HTML: it carries the names as typed.
    expect(email.text).toContain('<script>alert("hi")</script> requested an appointment');
  });

  it('keeps line breaks in names out of the subject line', () => {
    const email = renderClinicNoticeEmail({ ...request, clientName: 'Jane\r\nBcc: x@evil.test' }, 'https://app.tailwise.test');
    expect(email.subject).toBe('Appointment request from Jane Bcc: x@evil.test — Tuesday, December 1, 2026 (Morning)');
  });
});
