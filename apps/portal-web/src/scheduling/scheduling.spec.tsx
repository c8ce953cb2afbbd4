import { type AppointmentRequest, appointmentRequestInputSchema, type OpenTimes, type PortalAppointment, type PortalClinicScheduling, type PortalScheduling } from '@tailwise/contracts';
import { ApiError, clientSchedulingApi, createPortalApiClient, createQueryClient, type FetchLike, formFailureOf } from '@tailwise/web-api';
import { findTag, formErrorFor, labelsOf, textsOf } from '@tailwise/web-ui';
import { MutationObserver, type QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { appointmentsQuery } from '../appointments/appointment-queries';
import { dana, HAPPY_TAILS_ID, renderApp, renderPart } from '../test/render-app';
import { MyRequests } from './my-requests';
import { OfficeHours } from './office-hours';
import { RequestForm, requestFieldOf, requestToBody, requestValues } from './request-form';
import { OpenTimesOfDay } from './schedule-form';
import { isTimeTaken, TIME_TAKEN_MESSAGE } from './scheduling-labels';
import { openTimesQuery, requestsQuery, schedulingQuery, selfScheduleMutation } from './scheduling-queries';

const CLINIC_ID = dana.links[0].clinics[0].id;
const WELLNESS_ID = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
const DENTAL_ID = '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f70';
const DATE = '2030-01-15';

const clinic: PortalClinicScheduling = {
  clinicId: CLINIC_ID,
  clinicName: 'Main Street Clinic',
  timeZone: 'America/Chicago',
  allowRequests: true,
  requestLabel: 'Request an Appointment',
  allowSelfScheduling: true,
  hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, hours: weekday === 7 ? null : { opens: '08:00', closes: '17:00' } })),
  officeHoursText: 'Surgery drop-off 7:30–8:30 AM',
  reasons: [
    { id: DENTAL_ID, name: 'Dental check', description: null, isDefault: false, durationMinutes: 60 },
    { id: WELLNESS_ID, name: 'Wellness visit', description: 'Yearly exam and vaccines', isDefault: true, durationMinutes: 30 },
  ],
};

const openDay = (times: string[]): OpenTimes => ({
  durationMinutes: 30,
  days: [{ date: DATE, open: true, closedReason: null, times: times.map((time) => ({ time, startsAt: `${DATE}T${time}:00.000Z` })) }],
});

const booked: PortalAppointment = {
  id: '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  clinicId: CLINIC_ID,
  clinicName: 'Main Street Clinic',
  typeName: 'Wellness exam',
  category: 'wellness',
  date: DATE,
  startTime: '09:30',
  startsAt: '2030-01-15T15:30:00.000Z',
  status: 'scheduled',
  capacityLabel: null,
  animal: null,
  locked: false,
  lockedReason: null,
};

const pending: AppointmentRequest = {
  id: '8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  clinicId: CLINIC_ID,
  clinicName: 'Main Street Clinic',
  clientId: dana.links[0].clientId,
  clientName: 'Jamie Rivera',
  date: DATE,
  timeOfDay: 'morning',
  reasonId: WELLNESS_ID,
  reasonName: 'Wellness visit',
  message: null,
  status: 'pending',
  declineMessage: null,
  appointmentId: null,
  appointmentDate: null,
  appointmentStartTime: null,
  createdAt: '2030-01-01T12:00:00.000Z',
  answeredAt: null,
};

interface Call {
  method: string;
  url: string;
  body: unknown;
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The scheduling API over a fetch that records each call and answers with `answer`. */
function fakeScheduling(answer: (call: Call, calls: Call[]) => Response) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    const call = { url, method: init.method ?? 'GET', body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined };
    calls.push(call);
    return answer(call, calls);
  };
  return { api: clientSchedulingApi(createPortalApiClient({ fetch, locks: null })), calls };
}

const page = (seed: (queryClient: QueryClient) => void) =>
  renderApp('/appointments', dana, (queryClient) => {
    queryClient.setQueryData(appointmentsQuery(dana.account.id, HAPPY_TAILS_ID).queryKey, []);
    seed(queryClient);
  });
const withScheduling = (scheduling: PortalScheduling, requests: AppointmentRequest[] = []) => (queryClient: QueryClient) => {
  queryClient.setQueryData(schedulingQuery(dana.account.id, HAPPY_TAILS_ID).queryKey, scheduling);
  queryClient.setQueryData(requestsQuery(dana.account.id, HAPPY_TAILS_ID).queryKey, requests);
};

describe('Book a Visit on the Appointments page', () => {
  it("offers what the clinic allows: Schedule an Appointment and its own request label", () => {
    const html = page(withScheduling({ clientBooks: true, clinics: [{ ...clinic, requestLabel: 'Ask for a visit' }] }));
    expect(textsOf(html, 'h2')).toEqual(expect.arrayContaining(['Book a Visit', 'My Requests', 'Your Appointments']));
    expect(textsOf(html, 'button')).toEqual(expect.arrayContaining(['Schedule an Appointment', 'Ask for a visit']));
  });

  it('hides what the clinic does not allow, and says how to book instead', () => {
    const html = page(withScheduling({ clientBooks: true, clinics: [{ ...clinic, allowRequests: false, allowSelfScheduling: false }] }));
    expect(textsOf(html, 'button')).not.toContain('Schedule an Appointment');
    expect(textsOf(html, 'button')).not.toContain('Request an Appointment');
    expect(textsOf(html, 'h2')).not.toContain('My Requests');
    expect(html).toContain('Main Street Clinic books appointments by phone.');
  });

  it("offers a rescue no booking: the clinic books and releases its places", () => {
    const html = page(withScheduling({ clientBooks: false, clinics: [clinic] }));
    expect(textsOf(html, 'h2')).not.toContain('Book a Visit');
    expect(textsOf(html, 'button')).not.toContain('Schedule an Appointment');
    expect(textsOf(html, 'h2')).toContain('Your Appointments');
  });

  it('offers only requests when the clinic takes no self-scheduling', () => {
    const html = page(withScheduling({ clientBooks: true, clinics: [{ ...clinic, allowSelfScheduling: false }] }));
    expect(textsOf(html, 'button')).toContain('Request an Appointment');
    expect(textsOf(html, 'button')).not.toContain('Schedule an Appointment');
  });
});

describe('Request an Appointment', () => {
  const form = (clinics: PortalClinicScheduling[]) =>
    renderPart(<RequestForm clinics={clinics} defaultValues={requestValues(clinics[0])} submitLabel="Request an Appointment" onSubmit={vi.fn()} onCancel={vi.fn()} />);

  it('asks for the date, the time of day, the reason and a message; the clinic only when there are several', () => {
    const html = form([clinic]);
    expect(labelsOf(html)).toEqual(['Date', 'Morning', 'Afternoon', 'Evening', 'Reason for Visit', 'Message']);
    // The radio group is named by its label.
    const groupLabel = /id="([^"]+)"[^>]*>Time of day/.exec(html)?.[1];
    expect(findTag(html, 'role="radiogroup"')).toContain(`aria-labelledby="${groupLabel}"`);
    expect(html).toContain('Yearly exam and vaccines');
    expect(labelsOf(form([clinic, { ...clinic, clinicId: '5b2c3d4e-6f7a-4b8c-9d0e-2f3a4b5c6d7f', clinicName: 'Uptown' }]))[0]).toBe('Clinic');
  });

  it("starts at the clinic's default reason in the morning", () => {
    expect(requestValues(clinic)).toEqual({ clinicId: CLINIC_ID, date: '', timeOfDay: 'morning', reasonId: WELLNESS_ID, message: '' });
  });

  it('sends the clinic, date, time of day, reason and message (none when blank)', async () => {
    const { api, calls } = fakeScheduling(() => json(201, pending));
    const body = requestToBody({ clinicId: CLINIC_ID, date: DATE, timeOfDay: 'afternoon', reasonId: WELLNESS_ID, message: '  ' });
    await expect(api.createRequest(HAPPY_TAILS_ID, body)).resolves.toEqual(pending);
    expect(calls).toEqual([
      {
        method: 'POST',
        url: `/api/portal/organizations/${HAPPY_TAILS_ID}/appointment-requests`,
        body: { clinicId: CLINIC_ID, date: DATE, timeOfDay: 'afternoon', reasonId: WELLNESS_ID, message: null },
      },
    ]);
  });

  it('asks for a reason before sending, in the words of the contract', () => {
    const parsed = appointmentRequestInputSchema.safeParse(requestToBody({ ...requestValues(clinic), date: DATE, reasonId: '' }));
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['reasonId', 'Choose a reason for the visit']]);
    expect(requestFieldOf('reasonId')).toBe('reasonId');
  });

  it('puts a refusal naming a field next to it, and any other refusal above the form', async () => {
    const closed = 'The clinic is closed on Tue, Jan 15, 2030';
    const { api } = fakeScheduling(() => json(409, { code: 'CONFLICT', message: closed, details: { issues: [{ path: 'date', message: closed }] } }));
    const refusal = await api.createRequest(HAPPY_TAILS_ID, requestToBody({ ...requestValues(clinic), date: DATE })).catch((error: unknown) => error);
    const setError = vi.fn();
    expect(formErrorFor(formFailureOf(refusal), setError, requestFieldOf)).toBeNull();
    expect(setError).toHaveBeenCalledWith('date', { type: 'server', message: closed }, { shouldFocus: true });

    const off = new ApiError({ status: 409, code: 'CONFLICT', message: 'Main Street Clinic does not take appointment requests' });
    expect(formErrorFor(formFailureOf(off), vi.fn(), requestFieldOf)).toBe('Main Street Clinic does not take appointment requests');
  });
});

describe('My Requests', () => {
  it('lists each request with its date, time of day, reason and status, and what became of it', () => {
    const accepted: AppointmentRequest = { ...pending, id: '9c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f', status: 'accepted', appointmentDate: DATE, appointmentStartTime: '10:30' };
    const declined: AppointmentRequest = { ...pending, id: 'ad5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f80', timeOfDay: 'evening', status: 'declined', declineMessage: 'We are fully booked that week' };
    const html = renderPart(<MyRequests requests={[pending, accepted, declined]} showClinic={false} />);
    expect(textsOf(html, 'li')).toEqual([
      'Tue, Jan 15, 2030, MorningWellness visitPending',
      'Tue, Jan 15, 2030, MorningWellness visitBooked for Tue, Jan 15, 2030 at 10:30 AMAccepted',
      'Tue, Jan 15, 2030, EveningWellness visitWe are fully booked that weekDeclined',
    ]);
  });

  it('says plainly when there are none', () => {
    expect(renderPart(<MyRequests requests={[]} showClinic={false} />)).toContain('No requests yet.');
  });
});

describe('Schedule an Appointment', () => {
  const key = { accountId: dana.account.id, organizationId: HAPPY_TAILS_ID, clinicId: CLINIC_ID, reasonId: WELLNESS_ID, date: DATE };
  const times = (openTimes: OpenTimes | undefined) =>
    textsOf(renderPart(<OpenTimesOfDay date={DATE} openTimes={openTimes} loading={false} failed={null} selected={null} onPick={vi.fn()} />), 'button');

  it("fetches the chosen day's open times for the reason and lists them as buttons", async () => {
    const { api, calls } = fakeScheduling(() => json(200, openDay(['09:00', '09:30', '13:00'])));
    const openTimes = await createQueryClient().fetchQuery(openTimesQuery(key, api));
    expect(calls[0].url).toBe(`/api/portal/organizations/${HAPPY_TAILS_ID}/clinics/${CLINIC_ID}/open-times?reasonId=${WELLNESS_ID}&from=${DATE}&to=${DATE}`);
    expect(times(openTimes)).toEqual(['9:00 AM', '9:30 AM', '1:00 PM']);
  });

  it('shows a closed day with its reason and no times', () => {
    const html = renderPart(
      <OpenTimesOfDay
        date={DATE}
        openTimes={{ durationMinutes: 30, days: [{ date: DATE, open: false, closedReason: 'Staff training', times: [] }] }}
        loading={false}
        failed={null}
        selected={null}
        onPick={vi.fn()}
      />,
    );
    expect(html).toContain('Closed on Tue, Jan 15, 2030');
    expect(html).toContain('Staff training');
    expect(textsOf(html, 'button')).toEqual([]);
  });

  it('books the picked time and has the appointments list fetched again', async () => {
    const { api, calls } = fakeScheduling((call) => (call.method === 'POST' ? json(201, booked) : json(200, [])));
    const queryClient = createQueryClient();
    const appointments = appointmentsQuery(dana.account.id, HAPPY_TAILS_ID).queryKey;
    queryClient.setQueryData(appointments, []);
    const body = { clinicId: CLINIC_ID, reasonId: WELLNESS_ID, date: DATE, startTime: '09:30', animalId: null, message: null };
    await expect(new MutationObserver(queryClient, selfScheduleMutation(queryClient, dana.account.id, HAPPY_TAILS_ID, api)).mutate(body)).resolves.toEqual(booked);
    expect(calls[0]).toEqual({ method: 'POST', url: `/api/portal/organizations/${HAPPY_TAILS_ID}/self-scheduled-appointments`, body });
    expect(queryClient.getQueryState(appointments)?.isInvalidated).toBe(true);
  });

  it('says a time taken meanwhile was just taken, and fetches the open times again', async () => {
    const taken = { code: 'CONFLICT', message: '9:30 AM is no longer open', details: { issues: [{ path: 'startTime', message: '9:30 AM is no longer open' }] } };
    const { api, calls } = fakeScheduling((call, all) => {
      if (call.method === 'POST') return json(409, taken);
      const listed = all.filter((c) => c.method === 'GET').length;
      return json(200, openDay(listed === 1 ? ['09:00', '09:30'] : ['09:00']));
    });
    const queryClient = createQueryClient();
    const observer = new QueryObserver(queryClient, openTimesQuery(key, api));
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBeDefined());
    expect(times(observer.getCurrentResult().data)).toEqual(['9:00 AM', '9:30 AM']);

    const refusal = await new MutationObserver(queryClient, selfScheduleMutation(queryClient, dana.account.id, HAPPY_TAILS_ID, api))
      .mutate({ clinicId: CLINIC_ID, reasonId: WELLNESS_ID, date: DATE, startTime: '09:30' })
      .catch((error: unknown) => error);
    expect(isTimeTaken(refusal)).toBe(true);
    expect(TIME_TAKEN_MESSAGE).toBe('That time was just taken — choose another');
    await vi.waitFor(() => expect(times(observer.getCurrentResult().data)).toEqual(['9:00 AM']));
    expect(calls.map((c) => c.method)).toEqual(['GET', 'POST', 'GET']);
    unsubscribe();
  });

  it('tells a taken time from other refusals', () => {
    expect(isTimeTaken(new ApiError({ status: 409, code: 'CONFLICT', message: 'Closed', issues: [{ path: 'date', message: 'Closed' }] }))).toBe(false);
  });
});

describe('Office hours', () => {
  it("lists the week's hours, closed days and the clinic's note when it shows them", () => {
    const html = renderPart(<OfficeHours clinic={clinic} />);
    expect(textsOf(html, 'li')).toEqual([
      'Monday8:00 AM – 5:00 PM',
      'Tuesday8:00 AM – 5:00 PM',
      'Wednesday8:00 AM – 5:00 PM',
      'Thursday8:00 AM – 5:00 PM',
      'Friday8:00 AM – 5:00 PM',
      'Saturday8:00 AM – 5:00 PM',
      'SundayClosed',
    ]);
    expect(html).toContain('Surgery drop-off 7:30–8:30 AM');
  });

  it('shows only the note when the clinic hides its hours, or "By appointment only"', () => {
    const hidden = renderPart(<OfficeHours clinic={{ ...clinic, hours: null, officeHoursText: 'Call us to book' }} />);
    expect(textsOf(hidden, 'li')).toEqual([]);
    expect(hidden).toContain('Call us to book');
    expect(renderPart(<OfficeHours clinic={{ ...clinic, hours: null, officeHoursText: null }} />)).toContain('By appointment only');
  });
});
