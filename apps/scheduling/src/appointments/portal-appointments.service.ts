import { Injectable } from '@nestjs/common';
import {
  AppError,
  ERROR_CODES,
  PORTAL_PERMISSIONS,
  SCHEDULING_EVENTS,
  type Actor,
  type AppointmentAnimalData,
  type PortalActor,
  type PortalAppointment,
} from '@tailwise/contracts';
import { enqueueEvent, requirePortalLink } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import { ClinicsRepository } from '../clinics/clinics.repository';
import { requirePortalPermission } from '../common/access';
import { DirectoryRepository } from '../directory/directory.repository';
import type { AppointmentEntity } from './appointment.entity';
import { toPortalAppointment, toSnapshot } from './appointment-records';
import { STATUS_WORDS, portalLockedReason } from './appointment-status';
import { AppointmentsRepository, type ListedAppointment } from './appointments.repository';
import { AppointmentsService, conflict } from './appointments.service';

type Link = { organizationId: string; clientId: string };

/**
 * The portal's Appointments: what staff released to the linked client at the organization's
 * clinics. The link (organization, client) comes from the gateway's check, never from the body;
 * an appointment not released to that client is not found.
 */
@Injectable()
export class PortalAppointmentsService {
  constructor(
    private readonly clinics: ClinicsRepository,
    private readonly directory: DirectoryRepository,
    private readonly appointments: AppointmentsRepository,
    private readonly staffSide: AppointmentsService,
  ) {}

  /** Soonest first. */
  async list(caller: Actor): Promise<PortalAppointment[]> {
    const actor = requirePortalLink(caller);
    requireView(actor);
    return (await this.appointments.releasedToClient(actor.link.organizationId, actor.link.clientId)).map(toListedPortalAppointment);
  }

  /** A rescue fills in the animal of a released surgery place; the same capacity rule as for staff. */
  setAnimal(caller: Actor, appointmentId: string, animal: AppointmentAnimalData): Promise<PortalAppointment> {
    const actor = requirePortalLink(caller);
    requireView(actor);
    return this.write(actor.link, appointmentId, async (manager, row) => {
      if (row.status !== 'scheduled') throw conflict(`This appointment is ${STATUS_WORDS[row.status]}, so it can no longer be changed`, 'animal');
      await this.staffSide.assignAnimal(manager, row, animal);
      const [listed] = await this.appointments.byIds(manager, [row.id]);
      return toListedPortalAppointment(listed);
    });
  }

  /** Removes the appointment, which frees its place; refused once the animal is at the clinic. */
  delete(caller: Actor, appointmentId: string): Promise<null> {
    const actor = requirePortalLink(caller);
    requirePortalPermission(actor, PORTAL_PERMISSIONS.deleteAppointments, 'You do not have permission to delete appointments');
    return this.write(actor.link, appointmentId, async (manager, row) => {
      const locked = portalLockedReason(row.status);
      if (locked) throw conflict(locked, 'appointmentId');
      await this.appointments.delete(manager, row);
      await enqueueEvent(manager, SCHEDULING_EVENTS.appointmentDeleted, toSnapshot({ ...row, revision: row.revision + 1 }, true));
      return null;
    });
  }

  /**
   * Of a portal account's links, the organizations whose clinics the portal shows: an individual
   * client's always (to request or book), a volume client's once it has an appointment that is
   * not cancelled. A client the directory does not know yet is shown: the directory follows the
   * clients service by events and may lag a new link, and an empty Appointments page is better
   * than a linked clinic missing from the portal.
   */
  async visibleLinks(caller: Actor, links: Link[]): Promise<{ organizationIds: string[] }> {
    if (caller.kind !== 'portal') throw new AppError(ERROR_CODES.UNAUTHENTICATED, 'Portal sign-in required');
    const clients = new Map((await this.directory.findClients(links.map((l) => l.clientId))).map((c) => [c.id, c]));
    const volume = links.filter((l) => {
      const client = clients.get(l.clientId);
      return client?.organizationId === l.organizationId && client.kind === 'volume';
    });
    const live = await this.appointments.withLiveAppointments(volume);
    const shown = links.filter((l) => !volume.includes(l) || live.has(`${l.organizationId}:${l.clientId}`));
    return { organizationIds: [...new Set(shown.map((l) => l.organizationId))] };
  }

  /** Holds the appointment's clinic row, as staff writes do, then reads the appointment again under it. */
  private write<T>(link: Link, appointmentId: string, work: (manager: EntityManager, row: AppointmentEntity) => Promise<T>): Promise<T> {
    return this.appointments.transaction(async (manager) => {
      const found = await this.appointments.findForPortal(manager, link.organizationId, link.clientId, appointmentId);
      if (!found || !(await this.clinics.lock(manager, link.organizationId, found.clinicId))) throw AppError.notFound('Appointment');
      const row = await this.appointments.findForPortal(manager, link.organizationId, link.clientId, appointmentId);
      if (!row) throw AppError.notFound('Appointment');
      return work(manager, row);
    });
  }
}

function requireView(actor: PortalActor): void {
  requirePortalPermission(actor, PORTAL_PERMISSIONS.viewAppointments, 'You do not have permission to see appointments');
}

export function toListedPortalAppointment(a: ListedAppointment): PortalAppointment {
  return toPortalAppointment(a.row, { clinicName: a.clinicName, typeName: a.typeName, capacityLabel: a.capacityLabel });
}
