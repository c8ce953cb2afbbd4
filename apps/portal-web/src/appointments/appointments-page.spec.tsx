import { type AppointmentAnimal, PORTAL_PERMISSIONS, type PortalAppointment } from '@tailwise/contracts';
import { ApiError, formFailureOf } from '@tailwise/web-api';
import { formErrorFor, labelsOf, linksOf, textsOf } from '@tailwise/web-ui';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { dana, HAPPY_TAILS_ID, renderApp, renderPart, seedError } from '../test/render-app';
import { AnimalDetailsForm, animalDetailsToBody, animalDetailsValues, animalFieldOf } from './animal-details-form';
import { appointmentsQuery } from './appointment-queries';

const place: PortalAppointment = {
  id: '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  clinicId: dana.links[0].clinics[0].id,
  clinicName: 'Main Street Clinic',
  typeName: 'Spay/neuter',
  category: 'surgery',
  date: '2030-01-15',
  startTime: '08:00',
  startsAt: '2030-01-15T14:00:00.000Z',
  status: 'scheduled',
  capacityLabel: 'Cats',
  animal: null,
  locked: false,
  lockedReason: null,
};
const whiskers: AppointmentAnimal = { animalId: null, name: 'Whiskers', species: 'cat', sex: 'female', weightKg: 3.2, arrivingInTrap: true };
const filled: PortalAppointment = { ...place, id: '8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', date: '2030-01-14', startTime: '13:30', animal: whiskers };
const checkedIn: PortalAppointment = {
  ...filled,
  id: '9c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f',
  date: '2030-01-16',
  status: 'checked-in',
  animal: { ...whiskers, name: 'Rex', species: 'dog', sex: 'male', weightKg: null, arrivingInTrap: false },
  capacityLabel: null,
  category: 'wellness',
  typeName: 'Vaccines',
  locked: true,
  lockedReason: 'Checked in at the clinic: it can no longer be changed',
};

const KEY = appointmentsQuery(dana.account.id, HAPPY_TAILS_ID).queryKey;
const withAppointments = (appointments: PortalAppointment[]) => (queryClient: QueryClient) => queryClient.setQueryData(KEY, appointments);
const ALL = [PORTAL_PERMISSIONS.viewAppointments, PORTAL_PERMISSIONS.deleteAppointments, PORTAL_PERMISSIONS.manageUsers];

describe('Appointments', () => {
  it("lists the selected clinic's released appointments by date: date, time, type, category, animal and status", () => {
    const html = renderApp('/appointments', { ...dana, permissions: ALL }, withAppointments([place, checkedIn, filled]));

    expect(textsOf(html, 'h1')).toEqual(['Appointments']);
    expect(html).toContain('Your appointments with Happy Tails Spay &amp; Neuter. Add each animal');
    expect(textsOf(html, 'th').slice(0, 7)).toEqual(['Date', 'Time', 'Type', 'Category', 'Animal', 'Status', 'Actions']);
    expect(textsOf(html, 'tr').slice(1)).toEqual([
      'Mon, Jan 14, 20301:30 PMSpay/neuterCatsWhiskersCat, Female, 3.2 kg, in a trapScheduledAnimal detailsDelete',
      'Tue, Jan 15, 20308:00 AMSpay/neuterCatsAnimal details neededScheduledAnimal detailsDelete',
      'Wed, Jan 16, 20301:30 PMVaccinesWellnessRexDog, MaleChecked inChecked in at the clinic: it can no longer be changed',
    ]);
  });

  it('offers Animal details and Delete on each open appointment, naming it for screen readers', () => {
    const html = renderApp('/appointments', { ...dana, permissions: ALL }, withAppointments([place]));
    expect(html).toContain('aria-label="Animal details for Tue, Jan 15, 2030 at 8:00 AM"');
    expect(html).toContain('aria-label="Delete the appointment on Tue, Jan 15, 2030 at 8:00 AM"');
  });

  it('shows a checked-in appointment read-only, saying why', () => {
    const html = renderApp('/appointments', { ...dana, permissions: ALL }, withAppointments([checkedIn]));
    expect(html).toContain('Checked in at the clinic: it can no longer be changed');
    expect(textsOf(html, 'button')).not.toContain('Animal details');
    expect(textsOf(html, 'button')).not.toContain('Delete');
  });

  it('hides Delete from those without the Delete appointments permission', () => {
    const html = renderApp('/appointments', { ...dana, permissions: [PORTAL_PERMISSIONS.viewAppointments] }, withAppointments([place]));
    expect(textsOf(html, 'button')).toContain('Animal details');
    expect(textsOf(html, 'button')).not.toContain('Delete');
  });

  it('names the clinic of each appointment when the organization has several', () => {
    const twoClinics = { ...dana, links: [{ ...dana.links[0], clinics: [...dana.links[0].clinics, { id: '5b2c3d4e-6f7a-4b8c-9d0e-2f3a4b5c6d7f', name: 'Uptown', timeZone: 'America/Chicago' }] }] };
    const html = renderApp('/appointments', twoClinics, withAppointments([place]));
    expect(textsOf(html, 'th').slice(0, 3)).toEqual(['Date', 'Time', 'Clinic']);
    expect(textsOf(html, 'tr')[1]).toContain('Main Street Clinic');
  });

  it('says plainly when the clinic has released no appointments', () => {
    const html = renderApp('/appointments', dana, withAppointments([]));
    expect(textsOf(html, 'h2')).toContain('No appointments yet');
    expect(html).toContain('Happy Tails Spay &amp; Neuter has not released any appointments to you yet.');
  });

  it('says it is loading until the appointments arrive', () => {
    expect(renderApp('/appointments', dana)).toMatch(/role="status"[\s\S]*Loading appointments…/);
  });

  it('says what failed and offers to try again', () => {
    const html = renderApp('/appointments', dana, (queryClient) =>
      seedError(queryClient, KEY, new ApiError({ status: 503, code: 'UNAVAILABLE', message: 'The service is unavailable, try again shortly' })),
    );
    expect(html).toMatch(/role="alert"[\s\S]*The service is unavailable, try again shortly/);
    expect(textsOf(html, 'button')).toContain('Try Again');
  });

  it('is hidden from those who may not view appointments, and says why if they open it anyway', () => {
    const volunteer = { ...dana, permissions: [PORTAL_PERMISSIONS.manageUsers] };
    expect(linksOf(renderApp('/animals', volunteer)).map((link) => link.text)).not.toContain('Appointments');
    const html = renderApp('/appointments', volunteer, withAppointments([place]));
    expect(html).toContain('Only for those who may view appointments');
    expect(textsOf(html, 'tr')).toEqual([]);
  });

  it('has nothing to list before a clinic has appointments for the account', () => {
    const html = renderApp('/appointments', { ...dana, links: [] });
    expect(textsOf(html, 'h2')).toContain('No clinics yet');
    expect(html).toContain('the clinic shows once it has booked appointments for you');
  });
});

describe('Animal details', () => {
  it('asks for the name, species, sex, weight in kilograms and whether it arrives in a trap', () => {
    const html = renderPart(<AnimalDetailsForm defaultValues={animalDetailsValues(null)} onSubmit={vi.fn()} onCancel={vi.fn()} />);
    expect(labelsOf(html)).toEqual(['Name', 'Species', 'Sex', 'Weight (kg)', 'Arriving in trap']);
    expect(textsOf(html, 'button').slice(-2)).toEqual(['Save Animal Details', 'Cancel']);
  });

  it('starts from the animal already on the appointment', () => {
    expect(animalDetailsValues(whiskers)).toEqual({ name: 'Whiskers', species: 'cat', sex: 'female', weightKg: 3.2, arrivingInTrap: true });
    expect(animalDetailsValues({ ...whiskers, weightKg: null }).weightKg).toBe('');
  });

  it('sends an empty weight as none and trims the name', () => {
    expect(animalDetailsToBody({ name: ' Tom ', species: 'cat', sex: 'male', weightKg: '', arrivingInTrap: false })).toEqual({
      name: 'Tom',
      species: 'cat',
      sex: 'male',
      weightKg: null,
      arrivingInTrap: false,
    });
  });

  it("puts a field's refusal next to it, whether the gateway or the service names it", () => {
    expect(animalFieldOf('weightKg')).toBe('weightKg');
    expect(animalFieldOf('animal.name')).toBe('name');
    expect(animalFieldOf('animal')).toBeNull();
  });

  it("shows the reason an animal over the day's capacity was refused above the form", () => {
    const reason = 'No place left on Tue, Jan 15 for female dogs over 25 kg';
    const refusal = new ApiError({ status: 409, code: 'CONFLICT', message: reason, issues: [{ path: 'animal', message: reason }] });
    const setError = vi.fn();
    expect(formErrorFor(formFailureOf(refusal), setError, animalFieldOf)).toBe(reason);
    expect(setError).not.toHaveBeenCalled();
  });

  it('shows a locked refusal as its message', () => {
    const locked = new ApiError({ status: 409, code: 'CONFLICT', message: 'Checked in at the clinic: it can no longer be changed' });
    expect(formErrorFor(formFailureOf(locked), vi.fn(), animalFieldOf)).toBe('Checked in at the clinic: it can no longer be changed');
  });
});
