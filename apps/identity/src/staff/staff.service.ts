import { Injectable } from '@nestjs/common';
import { AppError, type MeResponse, type StaffActor } from '@tailwise/contracts';
import { effectivePermissions } from './permissions';
import { StaffRepository } from './staff.repository';

@Injectable()
export class StaffService {
  constructor(private readonly staff: StaffRepository) {}

  async me(actor: StaffActor): Promise<MeResponse> {
    const row = await this.staff.profile(actor.organizationId, actor.userId);
    if (!row || row.disabled_at) throw AppError.notFound('User');
    return {
      user: { id: row.id, email: row.email, firstName: row.first_name, lastName: row.last_name },
      organization: { id: row.organization_id, name: row.organization_name },
      clinics: row.clinics,
      role: row.role_name,
      permissions: effectivePermissions({ isAdmin: row.is_admin, permissions: row.permissions }),
    };
  }
}
