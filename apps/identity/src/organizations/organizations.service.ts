import { Injectable } from '@nestjs/common';
import { hashPassword } from '@tailwise/auth';
import { ALL_STAFF_PERMISSIONS, AppError, ERROR_CODES, IDENTITY_EVENTS, type Session, type SignUpCommand } from '@tailwise/contracts';
import { enqueueEvent } from '@tailwise/messaging';
import { SessionsService } from '../sessions/sessions.service';
import { staffPrincipal } from '../staff/staff-directory';
import { StaffRepository } from '../staff/staff.repository';
import { OrganizationsRepository } from './organizations.repository';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly staff: StaffRepository,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * Creates the organization, its first clinic, the built-in Admin role and the first admin,
   * signs the admin in, and records the clinic-created and signed-up events, all in one transaction.
   */
  async signUp(command: SignUpCommand): Promise<Session> {
    if (await this.staff.emailTaken(command.email)) throw emailTaken();
    const passwordHash = await hashPassword(command.password);
    try {
      return await this.organizations.transaction(async (manager) => {
        const organization = await this.organizations.createOrganization(manager, command.organizationName);
        const clinic = await this.organizations.createClinic(manager, {
          organizationId: organization.id,
          name: command.clinicName,
          timeZone: command.timeZone,
        });
        const role = await this.staff.createRole(manager, {
          organizationId: organization.id,
          name: 'Admin',
          isAdmin: true,
          permissions: [...ALL_STAFF_PERMISSIONS],
        });
        const user = await this.staff.createUser(manager, {
          organizationId: organization.id,
          roleId: role.id,
          email: command.email,
          firstName: command.firstName,
          lastName: command.lastName,
          passwordHash,
        });
        await enqueueEvent(manager, IDENTITY_EVENTS.clinicCreated, {
          clinicId: clinic.id,
          organizationId: organization.id,
          name: clinic.name,
          timeZone: clinic.timeZone,
        });
        await enqueueEvent(manager, IDENTITY_EVENTS.organizationSignedUp, {
          organizationId: organization.id,
          organizationName: organization.name,
          clinicId: clinic.id,
          clinicName: clinic.name,
          admin: { userId: user.id, email: user.email, firstName: user.firstName, lastName: user.lastName },
        });
        return this.sessions.startSession(manager, staffPrincipal({ user, role, organizationName: organization.name }), command);
      });
    } catch (error) {
      // Two sign-ups racing for one email: the unique index decides, the loser gets 409.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw emailTaken();
      throw error;
    }
  }
}

function emailTaken(): AppError {
  return new AppError(ERROR_CODES.CONFLICT, 'An account with this email already exists', {
    issues: [{ path: 'email', message: 'An account with this email already exists' }],
  });
}
