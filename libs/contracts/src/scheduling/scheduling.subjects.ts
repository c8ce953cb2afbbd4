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
} as const;
