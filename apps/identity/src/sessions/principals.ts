import type { EntityManager } from 'typeorm';
import type { AudienceName } from '@tailwise/contracts';

/**
 * Someone who can hold a session: a staff user (audience hq) or a portal user (audience
 * portal). Sessions, sign-in and emailed password links work on principals, so one code path
 * serves both apps; each audience's directory maps its own tables to this shape.
 */
export interface Principal {
  audience: AudienceName;
  userId: string;
  /** Staff: the organization. Portal: the portal account. Becomes the token's `tenant`. */
  tenantId: string;
  /** The organization's or portal account's name, for emails and set-password pages. */
  tenantName: string;
  email: string;
  name: string;
  /** The permissions the access token carries. */
  permissions: string[];
  /** Null until the user sets a first password from an invitation. */
  passwordHash: string | null;
  /** A disabled user cannot sign in, refresh, or use a password link. */
  disabled: boolean;
  /** Staff only: the organization, for the sent-mail log. Portal: null. */
  organizationId: string | null;
}

/** One audience's users, as sessions and password links need them. */
export interface PrincipalDirectory {
  findByEmail(manager: EntityManager, email: string): Promise<Principal | null>;
  findById(manager: EntityManager, userId: string): Promise<Principal | null>;
  setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void>;
  /** Remembers the latest sign-in (HQ Users list, the VCP tab's last portal login). */
  recordSignIn(manager: EntityManager, userId: string, at: Date): Promise<void>;
}

/** Injection tokens of the two directories: staff (staff/) and portal (portal/). */
export const STAFF_DIRECTORY = Symbol('STAFF_DIRECTORY');
export const PORTAL_DIRECTORY = Symbol('PORTAL_DIRECTORY');
