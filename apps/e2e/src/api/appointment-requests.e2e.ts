import { expect, test, type APIResponse } from '@playwright/test';
import { STAFF_PERMISSIONS, type ErrorBody } from '@tailwise/contracts';
import { uniqueTag } from '../support/clients';
import { expectError, issuePaths } from '../support/http';
import { waitForEmail } from '../support/mail';
import { INVITE_SUBJECT, emailedToken, invitedVolumeClient, portalAuth, rescueEmail } from '../support/portal';
import {
  REQUEST_NOTICE_SUBJECT,
  appointmentRequests,
  knownToScheduling,
  petOwner,
  petOwnerClinic,
  portalOptionsOk,
  portalScheduling,
  type PetOwnerClinic,
} from '../support/pet-owners';
import { dateInDays, schedulingClinic } from '../support/scheduling';
import { staffMemberWith } from '../support/staff';

// Appointment requests (issue #5) through the gateway: a pet owner asks in the portal for a day
// and a time of day, the clinic's notification email gets a notice, staff accept (the
// appointment goes on the calendar) or decline with a message, and the portal shows the outcome.

/** A business refusal: 409, naming the field when there is one. */
async function expectRefused(res: APIResponse, field?: string): Promise<ErrorBody> {
  const body = await expectError(res, 409, 'CONFLICT');
  if (field) expect(issuePaths(body), `409 names ${field}: ${JSON.stringify(body)}`).toContain(field);
  return body;
}

function requestFor(clinic: PetOwnerClinic, date: string, overrides: Record<string, unknown> = {}) {
  return { clinicId: clinic.clinicId, date, timeOfDay: 'morning' as const, reasonId: clinic.reason.id, message: 'Mochi has been sneezing since Sunday', ...overrides };
}

test('a pet owner requests an appointment, the clinic is notified, staff accept it onto the calendar and decline another; the portal shows both outcomes', async ({ request }) => {
  const clinic = await petOwnerClinic(request);
  const owner = await petOwner(request, clinic.org.accessToken, 'Mina');
  const date = dateInDays(9);

  // Until the clinic takes requests, the portal is refused.
  await expectRefused(await owner.scheduling.createRequest(requestFor(clinic, date)));
  await portalOptionsOk(request, clinic, { allowRequests: true, allowSelfScheduling: false });
  const offered = await owner.scheduling.schedulingOk();
  expect(offered.clinics.find((c) => c.clinicId === clinic.clinicId)).toMatchObject({
    allowRequests: true,
    allowSelfScheduling: false,
    reasons: [expect.objectContaining({ id: clinic.reason.id, name: 'Wellness visit', durationMinutes: 30 })],
  });

  // Bad input is 400 naming the field; a past or closed date is named too.
  expect(issuePaths(await expectError(await owner.scheduling.createRequest(requestFor(clinic, date, { reasonId: undefined })), 400, 'VALIDATION'))).toContain('reasonId');
  expect(issuePaths(await expectError(await owner.scheduling.createRequest(requestFor(clinic, date, { timeOfDay: 'midnight' })), 400, 'VALIDATION'))).toContain('timeOfDay');
  expect(issuePaths(await expectError(await owner.scheduling.createRequest(requestFor(clinic, dateInDays(-2))), 400, 'VALIDATION'))).toContain('date');
  await expectRefused(await owner.scheduling.createRequest(requestFor(clinic, clinic.closedDate)), 'date');

  const asked = await owner.scheduling.createRequestOk(requestFor(clinic, date));
  expect(asked).toMatchObject({
    clinicId: clinic.clinicId,
    clientId: owner.client.id,
    clientName: owner.name,
    date,
    timeOfDay: 'morning',
    reasonId: clinic.reason.id,
    reasonName: 'Wellness visit',
    message: 'Mochi has been sneezing since Sunday',
    status: 'pending',
    declineMessage: null,
    appointmentId: null,
    answeredAt: null,
  });
  const staff = appointmentRequests(request, clinic.org.accessToken, clinic.clinicId);
  expect((await staff.listOk('?status=pending')).map((r) => r.id)).toEqual([asked.id]);
  expect(issuePaths(await expectError(await staff.list('?status=lost'), 400, 'VALIDATION'))).toContain('status');

  // The clinic's notification email hears of it.
  const notice = await waitForEmail(clinic.noticeEmail, REQUEST_NOTICE_SUBJECT);
  expect(notice.subject).toContain(owner.name);
  expect(notice.text ?? notice.html ?? '').toContain('Wellness visit');

  // Staff accept it at a time: it is on the calendar, from the request, and the portal shows when.
  const { request: accepted, appointment } = await staff.acceptOk(asked.id, { date, startTime: '10:30' });
  expect(accepted).toMatchObject({ id: asked.id, status: 'accepted', appointmentId: appointment.id, appointmentDate: date, appointmentStartTime: '10:30' });
  expect(appointment).toMatchObject({ clientId: owner.client.id, appointmentTypeId: clinic.wellness.id, date, startTime: '10:30', durationMinutes: 30, source: 'request' });
  const { appointments } = await clinic.api.dayOk(date);
  expect(appointments.find((a) => a.id === appointment.id)).toMatchObject({ source: 'request', clientId: owner.client.id, startTime: '10:30' });
  await expectRefused(await staff.accept(asked.id, { date, startTime: '11:00' }));
  expect((await staff.listOk('?status=pending')).map((r) => r.id)).toEqual([]);

  // Another request, declined with a message the client reads.
  const second = await owner.scheduling.createRequestOk(requestFor(clinic, dateInDays(10), { timeOfDay: 'evening', message: null }));
  const declined = await staff.declineOk(second.id, { message: 'We are fully booked that evening, please try Thursday' });
  expect(declined).toMatchObject({ id: second.id, status: 'declined', declineMessage: 'We are fully booked that evening, please try Thursday', appointmentId: null });
  await expectRefused(await staff.accept(second.id, { date, startTime: '14:00' }));

  const outcomes = await owner.scheduling.requestsOk();
  expect(outcomes.map((r) => r.id).sort()).toEqual([asked.id, second.id].sort());
  expect(outcomes.find((r) => r.id === asked.id)).toMatchObject({ status: 'accepted', appointmentDate: date, appointmentStartTime: '10:30' });
  expect(outcomes.find((r) => r.id === second.id)).toMatchObject({ status: 'declined', declineMessage: 'We are fully booked that evening, please try Thursday' });
  expect((await staff.listOk('?status=declined')).map((r) => r.id)).toEqual([second.id]);
});

test("a volume client's portal user cannot request; staff without Manage schedule get 403 on accept and decline", async ({ request }) => {
  const clinic = await petOwnerClinic(request);
  await portalOptionsOk(request, clinic, { allowRequests: true, allowSelfScheduling: false });
  const date = dateInDays(9);

  // A rescue gets places released by staff instead.
  const email = rescueEmail(uniqueTag());
  const volume = await invitedVolumeClient(request, clinic.org.accessToken, email);
  const rescue = await portalAuth(request).newAccountOk(await emailedToken(email, INVITE_SUBJECT), 'Dana Okafor');
  await knownToScheduling(request, clinic.org.accessToken, volume.id);
  await expectRefused(await portalScheduling(request, rescue.accessToken, clinic.organizationId).createRequest(requestFor(clinic, date)));

  const owner = await petOwner(request, clinic.org.accessToken);
  const asked = await owner.scheduling.createRequestOk(requestFor(clinic, date));
  const desk = appointmentRequests(request, (await staffMemberWith(request, clinic.org.accessToken, [STAFF_PERMISSIONS.manageClients])).accessToken, clinic.clinicId);
  expect((await desk.listOk()).map((r) => r.id)).toEqual([asked.id]);
  await expectError(await desk.accept(asked.id, { date, startTime: '09:00' }), 403, 'FORBIDDEN');
  await expectError(await desk.decline(asked.id, { message: null }), 403, 'FORBIDDEN');
  expect((await owner.scheduling.requestsOk())[0]).toMatchObject({ id: asked.id, status: 'pending' });
});

test("another organization gets 404 for the clinic's requests; portal account Y sees nothing of X's", async ({ request }) => {
  const clinic = await petOwnerClinic(request);
  await portalOptionsOk(request, clinic, { allowRequests: true, allowSelfScheduling: false });
  const date = dateInDays(9);
  const x = await petOwner(request, clinic.org.accessToken, 'Xena');
  const y = await petOwner(request, clinic.org.accessToken, 'Yuri');
  const xRequest = await x.scheduling.createRequestOk(requestFor(clinic, date));

  // Y, linked to the same organization, lists only its own requests (none).
  expect(await y.scheduling.requestsOk()).toEqual([]);

  // Organization B: neither A's clinic nor A's request ids exist for it.
  const b = await schedulingClinic(request);
  const bAtA = appointmentRequests(request, b.org.accessToken, clinic.clinicId);
  await expectError(await bAtA.list(), 404, 'NOT_FOUND');
  await expectError(await bAtA.accept(xRequest.id, { date, startTime: '09:00' }), 404, 'NOT_FOUND');
  await expectError(await bAtA.decline(xRequest.id, { message: null }), 404, 'NOT_FOUND');
  const bOwn = appointmentRequests(request, b.org.accessToken, b.clinicId);
  expect(await bOwn.listOk()).toEqual([]);
  await expectError(await bOwn.accept(xRequest.id, { date, startTime: '09:00' }), 404, 'NOT_FOUND');
  await expectError(await bOwn.decline(xRequest.id, { message: null }), 404, 'NOT_FOUND');

  // A pet owner of B is not linked to A: A's scheduling does not exist for it.
  const bOwner = await petOwner(request, b.org.accessToken);
  const bAtAPortal = portalScheduling(request, bOwner.session.accessToken, clinic.organizationId);
  await expectError(await bAtAPortal.requests(), 404, 'NOT_FOUND');
  await expectError(await bAtAPortal.createRequest(requestFor(clinic, date)), 404, 'NOT_FOUND');

  expect((await appointmentRequests(request, clinic.org.accessToken, clinic.clinicId).listOk()).map((r) => r.id)).toEqual([xRequest.id]);
  expect((await x.scheduling.requestsOk()).map((r) => r.id)).toEqual([xRequest.id]);
});
