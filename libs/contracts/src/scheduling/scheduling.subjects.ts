// Request subjects served by the scheduling service. Changing a value needs a migration plan:
// running gateways and services address each other by these strings.
export const SCHEDULING_SUBJECTS = {
  /** A clinic's whole setup: hours, closures, types, capacity rules, reasons, portal options. */
  setupGet: 'scheduling.clinic-setup.get',
  hoursSet: 'scheduling.hours.set',
  closureCreate: 'scheduling.closure.create',
  closureUpdate: 'scheduling.closure.update',
  closureDelete: 'scheduling.closure.delete',
  appointmentTypeCreate: 'scheduling.appointment-type.create',
  appointmentTypeUpdate: 'scheduling.appointment-type.update',
  appointmentTypeDelete: 'scheduling.appointment-type.delete',
  /** Replaces the whole rule set, so overlaps are checked as a set. */
  capacityRulesSet: 'scheduling.capacity-rule.set',
  reasonCreate: 'scheduling.reason.create',
  reasonUpdate: 'scheduling.reason.update',
  reasonDelete: 'scheduling.reason.delete',
  portalOptionsSet: 'scheduling.portal-options.set',
  /** A clinic's days in a range with their counts, capacity use and appointments. */
  calendarGet: 'scheduling.calendar.get',
  appointmentBook: 'scheduling.appointment.book',
  appointmentGet: 'scheduling.appointment.get',
  appointmentMove: 'scheduling.appointment.move',
  /** check-in, check-out, cancel, no-show. */
  appointmentAction: 'scheduling.appointment.act',
  appointmentRelease: 'scheduling.appointment.release',
  appointmentAnimalSet: 'scheduling.appointment.animal.set',
  /** One client's appointments at every clinic of the organization (the profile's Appointments tab). */
  clientAppointmentList: 'scheduling.client-appointment.list',
  /** Portal callers with a checked link: that client's released appointments at the organization. */
  portalAppointmentList: 'scheduling.portal-appointment.list',
  portalAppointmentAnimalSet: 'scheduling.portal-appointment.animal.set',
  portalAppointmentDelete: 'scheduling.portal-appointment.delete',
  /** Of a portal account's links, those whose clinic the portal shows. */
  portalVisibleLinks: 'scheduling.portal-link.visible',
  /** HQ: free times of a clinic for an appointment type over a range of days. */
  openTimesGet: 'scheduling.open-times.get',
  requestList: 'scheduling.appointment-request.list',
  requestAccept: 'scheduling.appointment-request.accept',
  requestDecline: 'scheduling.appointment-request.decline',
  /** Portal (checked link): each clinic's portal options, shown hours and active reasons. */
  portalSchedulingGet: 'scheduling.portal-scheduling.get',
  portalOpenTimesGet: 'scheduling.portal-open-times.get',
  portalRequestCreate: 'scheduling.portal-appointment-request.create',
  portalRequestList: 'scheduling.portal-appointment-request.list',
  portalSelfSchedule: 'scheduling.portal-appointment.self-schedule',
} as const;
