import type { AppointmentRequest, AppointmentType, Calendar, MeResponse } from '@tailwise/contracts';
import { ApiError, formFailureOf } from '@tailwise/web-api';
import { findTag, formErrorFor, labelsOf, linksOf, textsOf } from '@tailwise/web-ui';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { CLIENT_ID } from '../test/clients';
import { ada, admin, renderApp } from '../test/render-app';
import { renderStatic } from '../test/render-static';
import { AcceptRequestForm, DeclineRequestForm } from './answer-request-dialogs';
import { AppointmentRequestsTable } from './appointment-requests';
import { rangeOf } from './calendar-dates';
import { appointmentKeys } from './calendar-queries';
import { acceptFieldOf, acceptFormSchema, acceptToBody, declineToBody } from './request-answer-values';
import { answerText, groupOpenTimes, pendingCount, requestsInOrder, suggestedStartTime, timeOfDayOf } from './request-labels';

const CLINIC_ID = ada.clinics[0].id;
const TYPE_ID = '3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d';
const OTHER_TYPE_ID = '3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6e';
const REASON_ID = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
const ANIMAL_ID = '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e';
const APPOINTMENT_ID = '8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f';
const ids = ['1b000000-0000-4000-8000-000000000001', '1b000000-0000-4000-8000-000000000002', '1b000000-0000-4000-8000-000000000003', '1b000000-0000-4000-8000-000000000004'];
const DATE = '2030-06-03'; // a Monday

const scheduler: MeResponse = { ...ada, permissions: ['schedule.manage'] };

const requestOf = (id: string, overrides: Partial<AppointmentRequest> = {}): AppointmentRequest => ({
  id,
  clinicId: CLINIC_ID,
  clinicName: 'Main Street Clinic',
  clientId: CLIENT_ID,
  clientName: 'Jamie Doe',
  date: DATE,
  timeOfDay: 'morning',
  reasonId: REASON_ID,
  reasonName: 'Wellness visit',
  message: 'Mochi has been sneezing since Sunday',
  status: 'pending',
  declineMessage: null,
  appointmentId: null,
  appointmentDate: null,
  appointmentStartTime: null,
  createdAt: '2030-06-01T10:00:00.000Z',
  answeredAt: null,
  ...overrides,
});

const pendingLater = requestOf(ids[0], { date: '2030-06-05', clientName: 'Alex Park', timeOfDay: 'evening', message: null });
const pendingSoon = requestOf(ids[1]);
const accepted = requestOf(ids[2], {
  status: 'accepted',
  appointmentId: APPOINTMENT_ID,
  appointmentDate: DATE,
  appointmentStartTime: '10:30',
  createdAt: '2030-05-30T10:00:00.000Z',
  answeredAt: '2030-05-31T09:00:00.000Z',
});
const declined = requestOf(ids[3], {
  status: 'declined',
  timeOfDay: 'afternoon',
  declineMessage: 'We are fully booked that week',
  createdAt: '2030-05-29T10:00:00.000Z',
  answeredAt: '2030-06-01T09:00:00.000Z',
});
const all = [accepted, pendingLater, declined, pendingSoon];

const wellness: AppointmentType = { id: TYPE_ID, name: 'Wellness exam', category: 'wellness', defaultDurationMinutes: 30, active: true };
const vaccines: AppointmentType = { id: OTHER_TYPE_ID, name: 'Vaccines', category: 'wellness', defaultDurationMinutes: 15, active: true };

const seed = (requests: AppointmentRequest[]) => (queryClient: QueryClient) => {
  const calendar: Calendar = { days: [], appointments: [] };
  queryClient.setQueryData(appointmentKeys.calendar(CLINIC_ID, rangeOf('day', DATE)), calendar);
  queryClient.setQueryData(appointmentKeys.requests(CLINIC_ID), requests);
};

describe('Appointment Requests on the Calendar', () => {
  it('is a tab beside the calendar, with the number of pending requests', () => {
    const html = renderApp(`/calendar?date=${DATE}`, admin, seed(all));
    expect(textsOf(html, 'button').filter((text) => text.startsWith('Appointment Requests'))).toEqual(['Appointment Requests2']);
    expect(html).toContain('aria-label="2 pending"');
    expect(findTag(html, 'role="tab"')).toContain('aria-selected="true"');
  });

  it('opens with ?requests=1 (from the notice email), pending requests first, answered ones below', () => {
    const html = renderApp(`/calendar?clinic=${CLINIC_ID}&view=day&date=${DATE}&requests=1`, admin, seed(all));
    expect(html).toMatch(/role="tab"[^>]*aria-selected="true"[^>]*>[\s\S]*?Appointment Requests/);
    expect(textsOf(html, 'th')).toEqual(expect.arrayContaining(['Client', 'Requested date', 'Time of day', 'Reason', 'Message', 'Received', 'Status']));
    const rows = textsOf(html, 'tr').slice(1);
    expect(rows).toEqual([
      expect.stringMatching(/^Jamie DoeJun 3, 2030MorningWellness visitMochi/),
      expect.stringMatching(/^Alex ParkJun 5, 2030EveningWellness visit—/),
      expect.stringMatching(/^Jamie DoeJun 3, 2030AfternoonWellness visit/),
      expect.stringMatching(/^Jamie DoeJun 3, 2030MorningWellness visitMochi/),
    ]);
    expect(rows[0]).toContain('PendingAcceptDecline');
    expect(rows[2]).toContain('DeclinedWe are fully booked that week');
    expect(rows[3]).toContain('AcceptedJun 3, 2030 at 10:30');
    expect(linksOf(html)).toContainEqual({ href: `/clients/${CLIENT_ID}/appointments`, text: 'Jamie Doe' });
    expect(linksOf(html)).toContainEqual({ href: `/calendar?clinic=${CLINIC_ID}&amp;view=day&amp;date=${DATE}`, text: 'Jun 3, 2030 at 10:30' });
    expect(html).toContain('aria-label="Accept the request from Alex Park"');
    // The calendar's own controls belong to its tab.
    expect(labelsOf(html)).not.toContain('Date');
  });

  it('says when there are none, and shows no count', () => {
    const html = renderApp(`/calendar?date=${DATE}&requests=1`, admin, seed([]));
    expect(textsOf(html, 'h2')).toContain('No appointment requests');
    expect(html).not.toContain('pending"');
  });

  it('without Manage schedule: the list, but no Accept or Decline', () => {
    const html = renderApp(`/calendar?date=${DATE}&requests=1`, ada, seed(all));
    expect(textsOf(html, 'tr')).toHaveLength(5);
    expect(textsOf(html, 'button')).not.toEqual(expect.arrayContaining(['Accept']));
    expect(textsOf(html, 'button')).not.toContain('Decline');
    expect(html).toContain('that needs the Manage schedule permission');
    const table = renderStatic(<AppointmentRequestsTable requests={all} />, ada);
    expect(textsOf(table, 'button')).toEqual([]);
    const withAnswers = renderStatic(<AppointmentRequestsTable requests={requestsInOrder(all)} onAnswer={() => undefined} />, scheduler);
    expect(textsOf(withAnswers, 'button')).toEqual(['Accept', 'Decline', 'Accept', 'Decline']);
  });
});

describe('request order and words', () => {
  it('puts pending requests first, soonest requested date first; then answered ones, latest answer first', () => {
    expect(requestsInOrder(all).map((r) => r.id)).toEqual([pendingSoon.id, pendingLater.id, declined.id, accepted.id]);
    expect(pendingCount(all)).toBe(2);
  });

  it('words an answer: the booked day and time, or the message (or that there was none)', () => {
    expect(answerText(accepted)).toBe('Jun 3, 2030 at 10:30');
    expect(answerText(declined)).toBe('We are fully booked that week');
    expect(answerText({ ...declined, declineMessage: null })).toBe('No message to the client');
    expect(answerText(pendingSoon)).toBeNull();
  });
});

describe('open times by time of day', () => {
  const times = ['08:00', '11:30', '12:00', '16:30', '17:00', '18:30'];

  it('morning is before 12:00, afternoon 12:00 until 17:00, evening from 17:00', () => {
    expect(times.map(timeOfDayOf)).toEqual(['morning', 'morning', 'afternoon', 'afternoon', 'evening', 'evening']);
  });

  it('offers the times in the requested time of day first, then the others; empty groups are left out', () => {
    expect(groupOpenTimes(times, 'afternoon')).toEqual([
      { label: 'Afternoon (requested)', times: ['12:00', '16:30'] },
      { label: 'Other times', times: ['08:00', '11:30', '17:00', '18:30'] },
    ]);
    expect(groupOpenTimes(['08:00'], 'evening')).toEqual([{ label: 'Other times', times: ['08:00'] }]);
    expect(groupOpenTimes([], 'morning')).toEqual([]);
  });

  it('starts Accept at the first open time asked for, else the first open one, else when that time of day begins', () => {
    expect(suggestedStartTime(times, 'evening')).toBe('17:00');
    expect(suggestedStartTime(['08:00', '09:00'], 'afternoon')).toBe('08:00');
    expect(suggestedStartTime([], 'afternoon')).toBe('12:00');
  });
});

describe('Accept', () => {
  const values = { date: DATE, startTime: '09:30', appointmentTypeId: TYPE_ID, animalId: '' };

  it('has every field labelled, with the request summed up', () => {
    const html = renderStatic(
      <AcceptRequestForm request={pendingSoon} appointmentTypes={[wellness, vaccines]} defaultValues={values} onCancel={() => undefined} onSubmit={async () => undefined} />,
      scheduler,
    );
    expect(labelsOf(html)).toEqual(['Date', 'Appointment type', 'Open times', 'Start time', 'Animal']);
    expect(html).toContain('Jamie Doe asked for Wellness visit on Monday, Jun 3, 2030, Morning.');
    expect(html).toContain('Mochi has been sneezing since Sunday');
    expect(findTag(html, 'type="time"')).toContain('value="09:30"');
    expect(textsOf(html, 'button')).toEqual(['Accept and Book', 'Cancel']);
  });

  it('books the date and time, the type chosen and the animal (none: null)', () => {
    expect(acceptToBody({ ...values, animalId: ANIMAL_ID })).toEqual({ date: DATE, startTime: '09:30', appointmentTypeId: TYPE_ID, animalId: ANIMAL_ID });
    const body = acceptToBody({ ...values, appointmentTypeId: '' });
    expect(body).toEqual({ date: DATE, startTime: '09:30', animalId: null });
    expect(acceptFormSchema.safeParse(body).success).toBe(true);
  });

  it('asks for a start time in words', () => {
    const issues = acceptFormSchema.safeParse(acceptToBody({ ...values, startTime: '' })).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues?.[0]).toEqual(['startTime', 'Enter a start time']);
  });

  it('shows a 409 next to the field it names, and one naming no field (answered meanwhile) above the form', () => {
    const closed = new ApiError({ status: 409, code: 'CONFLICT', message: 'The clinic is closed', issues: [{ path: 'date', message: 'Closed: Staff training' }] });
    const setError = vi.fn();
    expect(formErrorFor(formFailureOf(closed), setError, acceptFieldOf)).toBeNull();
    expect(setError).toHaveBeenCalledWith('date', { type: 'server', message: 'Closed: Staff training' }, { shouldFocus: true });

    const answered = new ApiError({ status: 409, code: 'CONFLICT', message: 'This request was already declined', issues: [{ path: 'requestId', message: 'This request was already declined' }] });
    expect(formErrorFor(formFailureOf(answered), vi.fn(), acceptFieldOf)).toBe('This request was already declined');

    expect(acceptFieldOf('accept.startTime')).toBe('startTime');
    expect(acceptFieldOf('appointment.animalId')).toBe('animalId');
    expect(acceptFieldOf('clientId')).toBeNull();
  });
});

describe('Decline', () => {
  it('has a labelled, optional message to the client', () => {
    const html = renderStatic(<DeclineRequestForm request={pendingSoon} onCancel={() => undefined} onSubmit={async () => undefined} />, scheduler);
    expect(labelsOf(html)).toEqual(['Message to the client']);
    expect(textsOf(html, 'button')).toEqual(['Decline Request', 'Cancel']);
  });

  it('sends the message, or null when left empty', () => {
    expect(declineToBody({ message: '  Fully booked, please try Thursday ' })).toEqual({ message: 'Fully booked, please try Thursday' });
    expect(declineToBody({ message: '   ' })).toEqual({ message: null });
  });
});
