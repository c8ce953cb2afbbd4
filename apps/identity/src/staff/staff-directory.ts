import { Injectable, type Provider } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { STAFF_DIRECTORY, type Principal, type PrincipalDirectory } from '../sessions/principals';
import { effectivePermissions } from './permissions';
import { StaffRepository, type StaffMember } from './staff.repository';

/** Staff users as sessions and password links see them (audience hq, tenant = organization). */
export function staffPrincipal({ user, role, organizationName }: StaffMember): Principal {
  return {
    audience: 'hq',
    userId: user.id,
    tenantId: user.organizationId,
    tenantName: organizationName,
    email: user.email,
    name: `${user.firstName} ${user.lastName}`,
    permissions: effectivePermissions(role),
    passwordHash: user.passwordHash,
    disabled: user.disabledAt !== null,
    organizationId: user.organizationId,
  };
}

@Injectable()
export class StaffDirectory implements PrincipalDirectory {
  constructor(private readonly staff: StaffRepository) {}

  async findByEmail(manager: EntityManager, email: string): Promise<Principal | null> {
    const member = await this.staff.findMemberByEmail(manager, email);
    return member && staffPrincipal(member);
  }

  async findById(manager: EntityManager, userId: string): Promise<Principal | null> {
    const member = await this.staff.findMemberById(manager, userId);
    return member && staffPrincipal(member);
  }

  setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    return this.staff.setPasswordHash(manager, userId, passwordHash);
  }

  recordSignIn(manager: EntityManager, userId: string, at: Date): Promise<void> {
    return this.staff.recordSignIn(manager, userId, at);
  }
}

export const STAFF_DIRECTORY_PROVIDER: Provider = { provide: STAFF_DIRECTORY, useClass: StaffDirectory };
