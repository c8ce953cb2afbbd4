import type { Appointment, AppointmentType, Calendar, CalendarDay, CapacityRule, MeResponse } from '@tailwise/contracts';
import { ApiError, formFailureOf } from '@tailwise/web-api';
import { findTag, formErrorFor, labelsOf, linksOf, textsOf } from '@tailwise/web-ui';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { CLIENT_ID, volume } from '../test/clients';
import { ada, admin, renderApp } from '../test/render-app';
import { renderStatic } from '../test/render-static';
import { clientKeys } from '../clients/client-queries';
import { AppointmentDetails, cancelMessage } from './appointment-dialog';
import { animalToBody, animalToValues } from './appointment-forms';
import { BookAppointmentForm } from './book-appointment-dialog';
import { bookingDefaults, bookingFieldOf, bookingFormSchema, bookingToBody } from './book-appointment-values';
import { addDays, isLocalDate, rangeOf, rangeTitle, stepDate, todayIn, weekStart } from './calendar-dates';
import { appointmentActions, capacityText, hoursText, inTimeOrder, isFull } from './calendar-labels';
import { openingTime } from './calendar-page';
import { appointmentKeys } from './calendar-queries';

const CLINIC_ID = ada.clinics[0].id;
const TYPE_ID = '3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d';
const RULE_ID = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
const ANIMAL_ID = '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e';
const ids = ['1a000000-0000-4000-8000-000000000001', '1a000000-0000-4000-8000-000000000002', '1a000000-0000-4000-8000-000000000003', '1a000000-0000-4000-8000-000000000004'];
const DATE = '2030-06-03'; // a Monday

const scheduler: MeResponse = { ...ada, permissions: ['schedule.manage'] };

const surgery: AppointmentType = { id: TYPE_ID, name: 'Spay/neuter', category: 'surgery', defaultDurationMinutes: 60, active: true };
const cats: CapacityRule = { id: RULE_ID, label: 'Cats', species: 'cat', sex: null, minWeightKg: null, maxWeightKg: null, limit: 3 };

const place = (id: string, overrides: Partial<Appointment> = {}): Appointment => ({
  id,
  clinicId: CLINIC_ID,
  clientId: CLIENT_ID,
  clientName: 'Alley Cat Rescue',
  clientKind: 'volume',
  appointmentTypeId: TYPE_ID,
  typeName: 'Spay/neuter',
  category: 'surgery',
  date: DATE,
  startTime: '08:00',
  durationMinutes: 60,
  startsAt: '2030-06-03T13:00:00.000Z',
  endsAt: '2030-06-03T14:00:00.000Z',
  status: 'scheduled',
  released: true,
  capacityRuleId: RULE_ID,
  capacityLabel: 'Cats',
  animal: null,
  notes: null,
  source: 'staff',
  checkedInAt: null,
  checkedOutAt: null,
  createdAt: '2030-06-01T10:00:00.000Z',
  updatedAt: '2030-06-01T10:00:00.000Z',
  ...overrides,
});

const wellness = place(ids[3], {
  clientName: 'Ada Byron',
  clientKind: 'individual',
  typeName: 'Vaccines',
  category: 'wellness',
  startTime: '07:30',
  released: false,
  capacityRuleId: null,
  capacityLabel: null,
  animal: { animalId: ANIMAL_ID, name: 'Biscuit', species: 'dog', sex: 'male', weightKg: 12, arrivingInTrap: false },
});

const counts = (surgeryCount: number, wellnessCount: number): CalendarDay['counts'] => ({
  surgery: surgeryCount,
  wellness: wellnessCount,
  boarding: 0,
  'all-day': 0,
  other: 0,
});
const openDay = (date: string, booked: number, wellnessCount = 0): CalendarDay => ({
  date,
  open: true,
  closedReason: null,
  opens: '08:00',
  closes: '17:00',
  counts: counts(booked, wellnessCount),
  capacity: [{ ruleId: RULE_ID, label: 'Cats', limit: 3, booked }],
});

const day: Calendar = {
  days: [openDay(DATE, 3, 1)],
  appointments: [place(ids[0]), place(ids[1], { status: 'checked-in', animal: { animalId: null, name: 'Tom', species: 'cat', sex: 'male', weightKg: 4, arrivingInTrap: true } }), place(ids[2]), wellness],
};

const withCalendar = (calendar: Calendar, view: 'day' | 'week' = 'day') => (queryClient: QueryClient) =>
  queryClient.setQueryData(appointmentKeys.calendar(CLINIC_ID, rangeOf(view, DATE)), calendar);

describe('the Calendar, a day', () => {
  const html = renderApp(`/calendar?date=${DATE}`, admin, withCalendar(day));

  it('is titled Calendar, with Day and Week, Previous, Today, Next and a date', () => {
    expect(textsOf(html, 'h1')).toEqual(['Calendar']);
    expect(labelsOf(html)).toEqual(expect.arrayContaining(['Day', 'Week', 'Date']));
    expect(textsOf(html, 'button')).toEqual(expect.arrayContaining(['Previous', 'Today', 'Next', 'New Appointment']));
    expect(findTag(html, 'type="date"')).toContain(`value="${DATE}"`);
    expect(labelsOf(html)).not.toContain('Clinic');
  });

  it("shows the day's hours, its counts per category and each capacity category as booked/limit, full ones marked", () => {
    expect(textsOf(html, 'h2')).toEqual(['Monday, Jun 3, 2030']);
    expect(html).toContain('Open 08:00–17:00');
    const summary = (label: string) => textsOf(html.match(new RegExp(`<ul[^>]*aria-label="${label}"[^>]*>([\\s\\S]*?)</ul>`))?.[1] ?? '', 'li');
    expect(summary('Appointments by category on Monday, Jun 3, 2030')).toEqual(['Surgery 3', 'Wellness 1', 'Boarding 0', 'All-day 0', 'Other 0']);
    expect(summary('Surgery capacity on Monday, Jun 3, 2030')).toEqual(['Cats 3/3 Full']);
  });

  it('lists the appointments in time order: time, client (linked), animal or "Animal not yet named", type, status, Released', () => {
    expect(textsOf(html, 'th')).toEqual(expect.arrayContaining(['Time', 'Client', 'Animal', 'Type', 'Status']));
    const rows = textsOf(html, 'tr').slice(1);
    expect(rows).toEqual([
      '07:30Ada ByronBiscuitVaccinesScheduledDetails',
      '08:00Alley Cat RescueAnimal not yet namedSpay/neuterScheduledReleasedDetails',
      '08:00Alley Cat RescueTomSpay/neuterIn progressReleasedDetails',
      '08:00Alley Cat RescueAnimal not yet namedSpay/neuterScheduledReleasedDetails',
    ]);
    expect(linksOf(html)).toContainEqual({ href: `/clients/${CLIENT_ID}/appointments`, text: 'Alley Cat Rescue' });
    expect(html).toContain('aria-label="Details of 08:00 Alley Cat Rescue, Tom"');
  });

  it('says when a day has no appointments, and why a closed day is closed', () => {
    const closed: CalendarDay = { ...openDay(DATE, 0), open: false, closedReason: 'Christmas', opens: null, closes: null, capacity: [] };
    const empty = renderApp(`/calendar?date=${DATE}`, admin, withCalendar({ days: [closed], appointments: [] }));
    expect(empty).toContain('No appointments on this day');
    expect(empty).toContain('Closed: Christmas');
  });

  it('shows the week Monday to Sunday', () => {
    const week: Calendar = { days: [0, 1, 2, 3, 4, 5, 6].map((n) => openDay(addDays(DATE, n), 0)), appointments: [] };
    const weekHtml = renderApp(`/calendar?view=week&date=2030-06-05`, admin, withCalendar(week, 'week'));
    expect(textsOf(weekHtml, 'h2')).toHaveLength(7);
    expect(textsOf(weekHtml, 'h2')[0]).toBe('Monday, Jun 3, 2030');
    expect(textsOf(weekHtml, 'h2')[6]).toBe('Sunday, Jun 9, 2030');
    expect(weekHtml).toContain('Jun 3 – Jun 9, 2030');
  });

  it('offers a clinic picker when the organization has several clinics', () => {
    const second = { id: 'aa1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', name: 'Riverside Clinic', timeZone: 'America/New_York' };
    const many = renderApp(`/calendar?date=${DATE}`, { ...admin, clinics: [...admin.clinics, second] }, withCalendar(day));
    expect(labelsOf(many)).toContain('Clinic');
    expect(textsOf(many, 'option')).toEqual(expect.arrayContaining(['Main Street Clinic', 'Riverside Clinic']));
  });
});

describe('permissions', () => {
  it('with Manage schedule: New Appointment, and no read-only note', () => {
    const html = renderApp(`/calendar?date=${DATE}`, scheduler, withCalendar(day));
    expect(textsOf(html, 'button')).toContain('New Appointment');
    expect(html).not.toContain('Read only');
  });

  it('without it: read-only, no New Appointment and no actions on an appointment', () => {
    const html = renderApp(`/calendar?date=${DATE}`, ada, withCalendar(day));
    expect(textsOf(html, 'button')).not.toContain('New Appointment');
    expect(html).toContain('that needs the Manage schedule permission');
    const details = renderStatic(<AppointmentDetails appointment={place(ids[0])} canManage={false} error={null} busy={false} onAction={() => undefined} />, ada);
    expect(textsOf(details, 'button')).toEqual([]);
  });
});

describe('appointment details and actions', () => {
  const buttonsFor = (appointment: Appointment) =>
    textsOf(renderStatic(<AppointmentDetails appointment={appointment} canManage error={null} busy={false} onAction={() => undefined} />, admin), 'button');

  it('a scheduled appointment: Check In, Move, Animal details, No-Show, Cancel Appointment; Release to Portal for a volume client not yet released', () => {
    expect(buttonsFor(place(ids[0]))).toEqual(['Check In', 'Move', 'Animal details', 'No-Show', 'Cancel Appointment']);
    expect(buttonsFor(place(ids[0], { released: false }))).toEqual(['Check In', 'Move', 'Animal details', 'Release to Portal', 'No-Show', 'Cancel Appointment']);
    expect(buttonsFor(wellness)).not.toContain('Release to Portal');
  });

  it('in progress: Check Out; finished ones: nothing', () => {
    expect(buttonsFor(place(ids[0], { status: 'checked-in' }))).toEqual(['Check Out', 'Animal details']);
    for (const status of ['checked-out', 'cancelled', 'no-show'] as const) expect(appointmentActions(place(ids[0], { status }))).toEqual([]);
  });

  it('shows the details: client, animal, type, status, date, time, surgery category', () => {
    const html = renderStatic(<AppointmentDetails appointment={place(ids[0])} canManage error="Cats is full" busy={false} onAction={() => undefined} />, admin);
    expect(textsOf(html, 'dt')).toEqual(['Client', 'Animal', 'Type', 'Status', 'Date', 'Time', 'Surgery category', 'Notes']);
    expect(textsOf(html, 'dd')).toEqual([
      'Alley Cat Rescue',
      'Animal not yet named',
      'Spay/neuter (Surgery)',
      'ScheduledReleased',
      'Monday, Jun 3, 2030',
      '08:00, 1 hour',
      'Cats',
      '—',
    ]);
    expect(html).toContain('Cats is full');
  });

  it('asks before cancelling, saying the place is freed and it cannot be undone', () => {
    expect(cancelMessage(place(ids[0]))).toBe(
      "This cancels Alley Cat Rescue's appointment on Monday, Jun 3, 2030 at 08:00. Its place in Cats becomes free for someone else. It can't be undone.",
    );
  });

  it('animal details: a released place starts empty; weight empty is null', () => {
    expect(animalToValues(place(ids[0]))).toEqual({ name: '', species: 'cat', sex: 'unknown', weightKg: '', arrivingInTrap: false });
    expect(animalToBody({ name: 'Tom', species: 'cat', sex: 'male', weightKg: '', arrivingInTrap: true })).toEqual({
      name: 'Tom',
      species: 'cat',
      sex: 'male',
      weightKg: null,
      arrivingInTrap: true,
    });
  });
});

describe('New Appointment', () => {
  const values = { ...bookingDefaults(DATE, '08:00'), clientId: CLIENT_ID, clientKind: 'volume' as const, appointmentTypeId: TYPE_ID, durationMinutes: 60 };

  it('has every field labelled', () => {
    const html = renderStatic(
      <BookAppointmentForm appointmentTypes={[surgery]} capacityRules={[cats]} defaultValues={values} onNewClient={() => undefined} onSubmit={async () => undefined} />,
      admin,
    );
    expect(labelsOf(html)).toEqual([
      'Client',
      'Appointment type',
      'Date',
      'Start time',
      'Duration (minutes)',
      'Places (animals named later)',
      'One animal',
      'Places',
      'Surgery category',
      'Release to portal',
      'Notes',
    ]);
    expect(findTag(html, 'role="radiogroup"')).toMatch(/aria-labelledby="[^"]+"/);
    expect(textsOf(html, 'button')).toEqual(expect.arrayContaining(['New Client', 'Book Appointment']));
    expect(html).toMatch(/name="places"/);
  });

  it('books a volume client\'s surgery places in a category, released to the portal', () => {
    const body = bookingToBody({ ...values, places: '3', capacityRuleId: RULE_ID, release: true, animalId: ANIMAL_ID }, [surgery]);
    expect(body).toEqual({
      clientId: CLIENT_ID,
      appointmentTypeId: TYPE_ID,
      date: DATE,
      startTime: '08:00',
      durationMinutes: 60,
      places: 3,
      capacityRuleId: RULE_ID,
      release: true,
      notes: '',
    });
    expect(bookingFormSchema.safeParse(body).success).toBe(true);
  });

  it("books one appointment for an individual client's animal, never released, with the type's duration when left empty", () => {
    const wellnessType: AppointmentType = { ...surgery, id: ids[3], category: 'wellness' };
    expect(
      bookingToBody({ ...values, clientKind: 'individual', appointmentTypeId: ids[3], animalId: ANIMAL_ID, durationMinutes: '', release: true, notes: 'Fasted' }, [wellnessType]),
    ).toEqual({ clientId: CLIENT_ID, appointmentTypeId: ids[3], date: DATE, startTime: '08:00', animalId: ANIMAL_ID, release: false, notes: 'Fasted' });
  });

  it('asks for a client, a type and the category of places in words', () => {
    const issues = (v: typeof values) => bookingFormSchema.safeParse(bookingToBody(v, [surgery])).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ ...values, clientId: '', appointmentTypeId: '' })).toEqual([
      ['clientId', 'Choose a client'],
      ['appointmentTypeId', 'Choose an appointment type'],
    ]);
    expect(issues(values)).toEqual([['capacityRuleId', 'Choose the surgery category of these places']]);
  });

  it('shows a 409 next to the field it names, and one naming no field above the form', () => {
    const full = new ApiError({
      status: 409,
      code: 'CONFLICT',
      message: 'Cats is full on Jun 3, 2030',
      issues: [{ path: 'places', message: 'Only 1 place left in Cats on Jun 3, 2030' }],
    });
    const setError = vi.fn();
    expect(formErrorFor(formFailureOf(full), setError, bookingFieldOf)).toBeNull();
    expect(setError).toHaveBeenCalledWith('places', { type: 'server', message: 'Only 1 place left in Cats on Jun 3, 2030' }, { shouldFocus: true });

    const disabled = new ApiError({ status: 409, code: 'CONFLICT', message: 'Alley Cat Rescue is disabled and cannot be booked' });
    expect(formErrorFor(formFailureOf(disabled), vi.fn(), bookingFieldOf)).toBe('Alley Cat Rescue is disabled and cannot be booked');

    expect(bookingFieldOf('appointment.date')).toBe('date');
    expect(bookingFieldOf('capacityRuleId')).toBe('capacityRuleId');
    expect(bookingFieldOf('clinicId')).toBeNull();
  });

  it('starts at the opening time of the day shown', () => {
    const hours = { days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, hours: weekday === 1 ? { opens: '07:00', closes: '15:00' } : null })) };
    expect(openingTime({ hours }, DATE)).toBe('07:00');
    expect(openingTime({ hours }, addDays(DATE, 1))).toBe('08:00');
  });
});

describe('calendar dates and labels', () => {
  it('steps a day or a week, and a week runs Monday to Sunday', () => {
    expect(weekStart('2030-06-09')).toBe(DATE);
    expect(weekStart(DATE)).toBe(DATE);
    expect(rangeOf('week', '2030-06-05')).toEqual({ from: DATE, to: '2030-06-09' });
    expect(rangeOf('day', DATE)).toEqual({ from: DATE, to: DATE });
    expect(stepDate('day', '2030-12-31', 1)).toBe('2031-01-01');
    expect(stepDate('week', DATE, -1)).toBe('2030-05-27');
    expect(rangeTitle('week', '2030-12-31')).toBe('Dec 30, 2030 – Jan 5, 2031');
  });

  it("takes today from the clinic's time zone", () => {
    const now = new Date('2030-06-04T03:00:00.000Z');
    expect(todayIn('America/Chicago', now)).toBe(DATE);
    expect(todayIn('UTC', now)).toBe('2030-06-04');
  });

  it('accepts only real dates from the address', () => {
    expect(isLocalDate(DATE)).toBe(true);
    expect(isLocalDate('2030-02-30')).toBe(false);
    expect(isLocalDate('tomorrow')).toBe(false);
    expect(isLocalDate(null)).toBe(false);
  });

  it('words hours, capacity and order', () => {
    expect(hoursText({ open: false, closedReason: null, opens: null, closes: null })).toBe('Closed');
    expect(capacityText({ booked: 2, limit: 4 })).toBe('2/4');
    expect(isFull({ booked: 4, limit: 4 })).toBe(true);
    expect(isFull({ booked: 3, limit: 4 })).toBe(false);
    expect(inTimeOrder(day.appointments).map((a) => a.startTime)).toEqual(['07:30', '08:00', '08:00', '08:00']);
  });
});

describe('the client profile Appointments tab', () => {
  const withAppointments = (appointments: Appointment[]) => (queryClient: QueryClient) => {
    queryClient.setQueryData(clientKeys.detail(CLIENT_ID), volume);
    queryClient.setQueryData(appointmentKeys.forClient(CLIENT_ID), appointments);
  };

  it('lists date, time, clinic, type, animal and status, newest first, each linking to its day', () => {
    const later = place(ids[1], { date: '2030-06-10', startsAt: '2030-06-10T13:00:00.000Z', status: 'cancelled', released: false });
    const html = renderApp(`/clients/${CLIENT_ID}/appointments`, ada, withAppointments([place(ids[0]), later]));
    expect(textsOf(html, 'th')).toEqual(expect.arrayContaining(['Date', 'Time', 'Clinic', 'Type', 'Animal', 'Status']));
    expect(textsOf(html, 'tr').slice(1)).toEqual([
      'Jun 10, 203008:00Main Street ClinicSpay/neuterAnimal not yet namedCancelled',
      'Jun 3, 203008:00Main Street ClinicSpay/neuterAnimal not yet namedScheduledReleased',
    ]);
    expect(linksOf(html)).toContainEqual({ href: `/calendar?clinic=${CLINIC_ID}&amp;view=day&amp;date=2030-06-10`, text: 'Jun 10, 2030' });
  });

  it('says when the client has none', () => {
    const html = renderApp(`/clients/${CLIENT_ID}/appointments`, ada, withAppointments([]));
    expect(textsOf(html, 'h2')).toContain('No appointments yet');
  });
});
