import { expect, test, type APIResponse } from '@playwright/test';
import { appointmentTypeSchema, type AppointmentType, type ErrorBody } from '@tailwise/contracts';
import { expectShape, expectStatus } from '../support/clients';
import { expectError, issuePaths } from '../support/http';
import { appointmentRequests, petOwner, petOwnerClinic, portalOptionsOk, reasonOk, timesOn, type PetOwnerClinic } from '../support/pet-owners';
import { dateInDays } from '../support/scheduling';

// Self-scheduling (issue #5) through the gateway: a pet owner picks a reason and a date, sees the
// open times (hours, closures and every appointment of the day, boarding and all-day ones not
// blocking) and books one; it is on the calendar at once and gone for everyone else, and of two
// owners booking the last open time at the same moment exactly one gets it.

/** A business refusal: 409, naming the field when there is one. */
async function expectRefused(res: APIResponse, field?: string): Promise<ErrorBody> {
  const body = await expectError(res, 409, 'CONFLICT');
  if (field) expect(issuePaths(body), `409 names ${field}: ${JSON.stringify(body)}`).toContain(field);
  return body;
}

async function addType(clinic: PetOwnerClinic, body: { name: string; category: string; defaultDurationMinutes: number }): Promise<AppointmentType> {
  const res = await clinic.api.addType(body);
  await expectStatus(res, 201);
  return expectShape(appointmentTypeSchema, await res.json(), 'appointment type');
}

test('open times leave out booked times but not boarding or all-day ones; a booked time is on the calendar at once and gone for others', async ({ request }) => {
  const clinic = await petOwnerClinic(request);
  const date = dateInDays(19);
  const range = { reasonId: clinic.reason.id, from: date, to: clinic.closedDate };
  const booking = (startTime: string) => ({ clinicId: clinic.clinicId, reasonId: clinic.reason.id, date, startTime });

  // Staff have booked a wellness visit at 09:00 (30 minutes), a boarding stay at 10:00 and an all-day visit at 11:00.
  const boarding = await addType(clinic, { name: 'Boarding', category: 'boarding', defaultDurationMinutes: 120 });
  const allDay = await addType(clinic, { name: 'Drop-off day', category: 'all-day', defaultDurationMinutes: 480 });
  const staffBooking = (appointmentTypeId: string, startTime: string) => ({ clientId: clinic.individual.id, appointmentTypeId, date, startTime, animalId: clinic.cat.id });
  await clinic.api.bookOnceKnown(staffBooking(clinic.wellness.id, '09:00'));
  await clinic.api.bookOk(staffBooking(boarding.id, '10:00'));
  await clinic.api.bookOk(staffBooking(allDay.id, '11:00'));

  const first = await petOwner(request, clinic.org.accessToken, 'Ada');
  const second = await petOwner(request, clinic.org.accessToken, 'Bo');

  // Until the clinic offers self-scheduling, the portal is refused.
  await expectRefused(await first.scheduling.selfSchedule(booking('08:00')));
  await expectRefused(await first.scheduling.openTimes(clinic.clinicId, range));
  await portalOptionsOk(request, clinic, { allowRequests: false, allowSelfScheduling: true });
  expect((await first.scheduling.schedulingOk()).clinics.find((c) => c.clinicId === clinic.clinicId)).toMatchObject({ allowSelfScheduling: true, allowRequests: false });

  // Query strings are checked like bodies.
  expect(issuePaths(await expectError(await first.scheduling.openTimes(clinic.clinicId, { from: date, to: date }), 400, 'VALIDATION'))).toContain('reasonId');
  expect(issuePaths(await expectError(await first.scheduling.openTimes(clinic.clinicId, { ...range, to: dateInDays(18) }), 400, 'VALIDATION'))).toContain('to');

  const open = await first.scheduling.openTimesOk(clinic.clinicId, range);
  expect(open.durationMinutes).toBe(30);
  expect(open.days.map((d) => d.date)).toEqual([date, clinic.closedDate]);
  const times = timesOn(open, date);
  expect(times).toEqual(expect.arrayContaining(['08:00', '08:30', '09:30', '10:00', '11:00', '16:30']));
  expect(times).not.toContain('09:00');
  expect(times).not.toContain('08:45');
  expect(times).not.toContain('16:45');
  expect(open.days[1]).toMatchObject({ date: clinic.closedDate, open: false, times: [] });

  // The first owner books a listed time: on the HQ calendar at once, gone for the second owner.
  const booked = await first.scheduling.selfScheduleOk(booking('10:00'));
  expect(booked).toMatchObject({ clinicId: clinic.clinicId, date, startTime: '10:00', status: 'scheduled', category: 'wellness', typeName: clinic.wellness.name });
  const { appointments } = await clinic.api.dayOk(date);
  expect(appointments.find((a) => a.id === booked.id)).toMatchObject({ clientId: first.client.id, source: 'self-scheduled', startTime: '10:00', durationMinutes: 30 });

  const left = timesOn(await second.scheduling.openTimesOk(clinic.clinicId, range), date);
  expect(left).not.toContain('10:00');
  expect(left).not.toContain('09:45');
  expect(left).toEqual(expect.arrayContaining(['09:30', '10:30', '11:00']));
  await expectRefused(await second.scheduling.selfSchedule(booking('10:00')), 'startTime');
  await expectRefused(await second.scheduling.selfSchedule(booking('10:15')), 'startTime');
  await expectRefused(await second.scheduling.selfSchedule(booking('09:00')), 'startTime');
  await expectRefused(await second.scheduling.selfSchedule({ ...booking('10:00'), date: clinic.closedDate }), 'date');
  expect((await clinic.api.dayOk(date)).appointments).toHaveLength(4);

  // Staff see the same open times for a type, here for an hour-long visit.
  const staff = appointmentRequests(request, clinic.org.accessToken, clinic.clinicId);
  const hour = await staff.openTimesOk(`?appointmentTypeId=${clinic.wellness.id}&from=${date}&to=${date}&durationMinutes=60`);
  expect(hour.durationMinutes).toBe(60);
  expect(timesOn(hour, date)).toEqual(expect.arrayContaining(['08:00', '10:30', '16:00']));
  expect(timesOn(hour, date)).not.toContain('09:30');
  expect(timesOn(hour, date)).not.toContain('16:15');
  expect(issuePaths(await expectError(await staff.openTimes(`?from=${date}&to=${date}`), 400, 'VALIDATION'))).toContain('appointmentTypeId');
});

test('two pet owners booking the last open time at the same moment: exactly one gets it', async ({ request }) => {
  const clinic = await petOwnerClinic(request);
  // A visit as long as the day (08:00–17:00): each day has exactly one open time.
  const fullDay = await addType(clinic, { name: 'Full-day check-up', category: 'other', defaultDurationMinutes: 540 });
  const reason = await reasonOk(request, clinic.org.accessToken, clinic.clinicId, { name: 'Full check-up', appointmentTypeId: fullDay.id });
  await portalOptionsOk(request, clinic, { allowRequests: false, allowSelfScheduling: true });
  const owners = [await petOwner(request, clinic.org.accessToken, 'Cleo'), await petOwner(request, clinic.org.accessToken, 'Dev')];

  for (const days of [11, 12, 13]) {
    const date = dateInDays(days);
    const range = { reasonId: reason.id, from: date, to: date };
    expect(timesOn(await owners[0].scheduling.openTimesOk(clinic.clinicId, range), date)).toEqual(['08:00']);

    const answers = await Promise.all(owners.map((o) => o.scheduling.selfSchedule({ clinicId: clinic.clinicId, reasonId: reason.id, date, startTime: '08:00' })));
    expect(answers.map((a) => a.status()).sort(), `${date}: ${await Promise.all(answers.map((a) => a.text()))}`).toEqual([201, 409]);
    await expectRefused(answers.find((a) => a.status() === 409) as APIResponse, 'startTime');

    const winner = owners[answers.findIndex((a) => a.status() === 201)];
    const { appointments } = await clinic.api.dayOk(date);
    expect(appointments.map((a) => ({ clientId: a.clientId, source: a.source, startTime: a.startTime }))).toEqual([
      { clientId: winner.client.id, source: 'self-scheduled', startTime: '08:00' },
    ]);
    expect(timesOn(await owners[1].scheduling.openTimesOk(clinic.clinicId, range), date)).toEqual([]);
  }
});
