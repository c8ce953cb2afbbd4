import { randomUUID } from 'node:crypto';
import { appointmentSchema, appointmentSnapshotSchema, portalAppointmentSchema } from '@tailwise/contracts';
import type { AppointmentEntity } from './appointment.entity';
import { NO_ANIMAL, animalColumns, capacityAnimal, toAppointment, toPortalAppointment, toSnapshot } from './appointment-records';

function row(overrides: Partial<AppointmentEntity> = {}): AppointmentEntity {
  return {
    id: randomUUID(),
    organizationId: randomUUID(),
    clinicId: randomUUID(),
    clientId: randomUUID(),
    appointmentTypeId: randomUUID(),
    category: 'surgery',
    localDate: '2027-03-02',
    startTime: '08:00',
    durationMinutes: 480,
    startsAt: new Date('2027-03-02T14:00:00Z'),
    endsAt: new Date('2027-03-02T22:00:00Z'),
    status: 'scheduled',
    released: true,
    capacityRuleId: randomUUID(),
    ...animalColumns(null, { name: 'Tom', species: 'ferret', sex: 'male', weightKg: 1.2, arrivingInTrap: false }),
    notes: null,
    source: 'staff',
    checkedInAt: null,
    checkedOutAt: null,
    revision: 3,
    createdByUserId: randomUUID(),
    createdAt: new Date('2027-01-01T10:00:00Z'),
    updatedAt: new Date('2027-01-02T10:00:00Z'),
    ...overrides,
  };
}

describe('appointment records', () => {
  it('maps a row to the contract, with the animal as one object or null', () => {
    const a = row();
    const appointment = toAppointment(a, { typeName: 'Spay/Neuter', clientName: 'Happy Paws Rescue', clientKind: 'volume', capacityLabel: 'Other' });
    expect(appointmentSchema.parse(appointment)).toEqual(appointment);
    expect(appointment).toMatchObject({
      date: '2027-03-02',
      startsAt: '2027-03-02T14:00:00.000Z',
      animal: { animalId: null, name: 'Tom', species: 'ferret', sex: 'male', weightKg: 1.2, arrivingInTrap: false },
    });
    expect(toAppointment(row(NO_ANIMAL), { typeName: 'x', clientName: 'y', clientKind: 'volume', capacityLabel: null }).animal).toBeNull();
  });

  it('locks a checked-in appointment in the portal', () => {
    const portal = toPortalAppointment(row({ status: 'checked-in' }), { clinicName: 'Eastside', typeName: 'Spay/Neuter', capacityLabel: null });
    expect(portalAppointmentSchema.parse(portal)).toEqual(portal);
    expect(portal).toMatchObject({ locked: true, lockedReason: 'This appointment is checked in, so it can no longer be changed' });
  });

  it('snapshots the appointment for its events, with its revision and whether it was deleted', () => {
    const a = row();
    expect(appointmentSnapshotSchema.parse(toSnapshot(a, true))).toEqual({
      appointmentId: a.id,
      organizationId: a.organizationId,
      clinicId: a.clinicId,
      clientId: a.clientId,
      date: '2027-03-02',
      startsAt: '2027-03-02T14:00:00.000Z',
      category: 'surgery',
      status: 'scheduled',
      released: true,
      deleted: true,
      revision: 3,
    });
  });

  it('counts species the capacity rules do not name as other', () => {
    expect(capacityAnimal({ species: 'ferret', sex: 'female', weightKg: 1 })).toEqual({ species: 'other', sex: 'female', weightKg: 1 });
    expect(capacityAnimal({ species: 'rabbit', sex: 'unknown', weightKg: null })).toEqual({ species: 'rabbit', sex: 'unknown', weightKg: null });
  });
});
