import { Injectable } from '@nestjs/common';
import type { Actor, PortalScheduling } from '@tailwise/contracts';
import { requirePortalLink } from '@tailwise/messaging';
import { ClinicSetupRepository } from '../clinic-setup/clinic-setup.repository';
import { toPortalOptions, toWeek } from '../clinic-setup/setup-records';
import { ClinicsRepository } from '../clinics/clinics.repository';
import { DirectoryRepository } from '../directory/directory.repository';

/** What each clinic of the linked organization offers in the portal: requests, self-scheduling, hours, reasons. */
@Injectable()
export class PortalSchedulingService {
  constructor(
    private readonly clinics: ClinicsRepository,
    private readonly setup: ClinicSetupRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  async get(caller: Actor): Promise<PortalScheduling> {
    const { link } = requirePortalLink(caller);
    const [ofOrganization, client] = await Promise.all([
      this.clinics.ofOrganization(link.organizationId),
      this.directory.findClient(link.organizationId, link.clientId),
    ]);
    const setups = await Promise.all(ofOrganization.map((clinic) => this.setup.load(clinic.id)));
    const clinics = ofOrganization.map((clinic, index) => {
      const setup = setups[index];
      const options = toPortalOptions(setup.portalOptions);
      const durations = new Map(setup.appointmentTypes.map((t) => [t.id, t.defaultDurationMinutes]));
      return {
        clinicId: clinic.id,
        clinicName: clinic.name,
        timeZone: clinic.timeZone,
        allowRequests: options.allowRequests,
        requestLabel: options.requestLabel,
        allowSelfScheduling: options.allowSelfScheduling,
        hours: options.showOfficeHours ? toWeek(setup.hours).days : null,
        officeHoursText: options.officeHoursText,
        reasons: setup.reasons
          .filter((r) => r.isActive)
          .map((r) => ({ id: r.id, name: r.name, description: r.description, isDefault: r.isDefault, durationMinutes: durations.get(r.appointmentTypeId) ?? 0 })),
      };
    });
    return { clientBooks: client?.kind === 'individual' && client.status === 'active', clinics };
  }
}
