import { Injectable } from '@nestjs/common';
import { AppError, type MeResponse, type StaffActor } from '@tailwise/contracts';
import { effectivePermissions } from './permissions';
import { StaffRepository } from './staff.repository';

@Injectable()
export class StaffService {
  constructor(private readonly staff: StaffRepository) {}

  async me(actor: StaffActor): Promise<MeResponse> {
    const found = await this.staff.findInOrganization(actor.organizationId, actor.userId);
    if (!found || found.user.disabledAt) throw AppError.notFound('User');
    const [organization, clinics] = await Promise.all([
      this.staff.organization(actor.organizationId),
      this.staff.clinics(actor.organizationId),
    ]);
    const { user, role } = found;
    return {
      user: { id: user.id, email: user.email, firstName: user.firstName, lastName: user.lastName },
      organization: { id: organization.id, name: organization.name },
      clinics: clinics.map((c) => ({ id: c.id, name: c.name, timeZone: c.timeZone })),
      role: role.name,
      permissions: effectivePermissions(role),
    };
  }
}
