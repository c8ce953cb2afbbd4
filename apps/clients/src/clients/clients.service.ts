import { Injectable } from '@nestjs/common';
import {
  AppError,
  CLIENTS_EVENTS,
  ERROR_CODES,
  type Client,
  type ClientData,
  type ClientListQuery,
  type ClientPage,
  type StaffActor,
} from '@tailwise/contracts';
import { enqueueEvent } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import { AnimalsRepository } from '../animals/animals.repository';
import { clientNotFound, pageOffset, requireManageClients } from '../common/access';
import { fieldChanges, listFields } from '../history/changes';
import { HistoryService } from '../history/history.service';
import { NO_VISITS, visitDatesByClient } from '../visits/visit-dates';
import { VisitsRepository } from '../visits/visits.repository';
import type { ClientEntity } from './client.entity';
import { clientSnapshot, deriveClient, toClient, toClientSummary } from './client-record';
import { ClientsRepository } from './clients.repository';

/** What a client has on record, by kind; any of them keeps the client from being deleted. */
export type ClientRecords = Record<string, number>;

@Injectable()
export class ClientsService {
  constructor(
    private readonly clients: ClientsRepository,
    private readonly animals: AnimalsRepository,
    private readonly history: HistoryService,
    private readonly visits: VisitsRepository,
  ) {}

  async create(actor: StaffActor, data: ClientData): Promise<Client> {
    requireManageClients(actor);
    const derived = deriveClient(data);
    const created = await this.clients.transaction(async (manager) => {
      const client = await this.clients.insert(manager, actor.organizationId, derived, actor.userId);
      await this.history.record(manager, actor, {
        organizationId: client.organizationId,
        clientId: client.id,
        action: 'client.created',
        summary: `Created ${client.kind === 'volume' ? 'volume client' : 'client'} ${client.displayName}`,
      });
      await enqueueEvent(manager, CLIENTS_EVENTS.clientCreated, clientSnapshot(client));
      await this.publishLoginAllowed(manager, null, client);
      return client;
    });
    // A client just created has no animals and no appointments yet.
    return toClient(created, 0, NO_VISITS);
  }

  async get(actor: StaffActor, clientId: string): Promise<Client> {
    const client = await this.clients.find(actor.organizationId, clientId);
    if (!client) throw clientNotFound();
    return this.present(client);
  }

  /** A whole-record replace with the body of a create; the kind of client cannot change. */
  async update(actor: StaffActor, clientId: string, data: ClientData): Promise<Client> {
    requireManageClients(actor);
    const derived = deriveClient(data);
    const updated = await this.clients.transaction(async (manager) => {
      const current = await this.clients.findForUpdate(manager, actor.organizationId, clientId);
      if (!current) throw clientNotFound();
      if (current.kind !== data.kind) {
        const kind = current.kind === 'volume' ? 'a volume' : 'an individual';
        throw AppError.validation([{ path: 'kind', message: `This is ${kind} client; its kind cannot change` }]);
      }
      const before = current.details;
      const changes = fieldChanges(before, derived.details);
      // Saving the form unchanged is no edit: nothing to record or tell anyone.
      if (Object.keys(changes).length === 0) return this.present(current, manager);
      const saved = await this.clients.replace(manager, current, derived);
      await this.history.record(manager, actor, {
        organizationId: saved.organizationId,
        clientId: saved.id,
        action: 'client.updated',
        changes,
        summary: `Changed ${listFields(changes)}`,
      });
      await enqueueEvent(manager, CLIENTS_EVENTS.clientUpdated, clientSnapshot(saved));
      await this.publishLoginAllowed(manager, before, saved);
      return this.present(saved, manager);
    });
    return updated;
  }

  async list(actor: StaffActor, query: ClientListQuery): Promise<ClientPage> {
    const assignedTo = query.assigned === 'me' ? actor.userId : null;
    const [rows, total] = await this.clients.list(actor.organizationId, query, assignedTo, pageOffset(query.page, query.pageSize));
    return { items: rows.map(toClientSummary), total, page: query.page, pageSize: query.pageSize };
  }

  /** No new appointments for a disabled client; it stays on record and can be enabled again. */
  disable(actor: StaffActor, clientId: string): Promise<Client> {
    return this.setStatus(actor, clientId, 'disabled');
  }

  enable(actor: StaffActor, clientId: string): Promise<Client> {
    return this.setStatus(actor, clientId, 'active');
  }

  /**
   * Deletes a client that has no records, with its phones and history. A client with records
   * is refused (409) with what it has, and the suggestion to disable it instead.
   */
  async delete(actor: StaffActor, clientId: string): Promise<void> {
    requireManageClients(actor);
    await this.clients.transaction(async (manager) => {
      const client = await this.clients.findForUpdate(manager, actor.organizationId, clientId);
      if (!client) throw clientNotFound();
      // The client row is locked: an animal being added (which holds the row FOR KEY SHARE)
      // commits before we count, or waits until we are done and then finds no client.
      const records = await this.recordsOf(manager, client);
      if (Object.values(records).some((n) => n > 0)) throw deleteRefused(records);
      await this.clients.delete(manager, client);
      await enqueueEvent(manager, CLIENTS_EVENTS.clientDeleted, { clientId: client.id, organizationId: client.organizationId });
    });
  }

  /**
   * Documents and invoices join this map as their issues land. Appointments are scheduling's,
   * counted from the copy its events keep here.
   */
  private async recordsOf(manager: EntityManager, client: ClientEntity): Promise<ClientRecords> {
    return {
      animals: await this.animals.countByClient(client.id, manager),
      appointments: await this.visits.countByClient(manager, client.organizationId, client.id),
    };
  }

  /** The client as the contract has it, with what is counted and derived when read. */
  private async present(client: ClientEntity, manager?: EntityManager): Promise<Client> {
    const animalCount = await this.animals.countByClient(client.id, manager);
    const visits = visitDatesByClient(await this.visits.statusDates(client.organizationId, [client.id], manager));
    return toClient(client, animalCount, visits.get(client.id) ?? NO_VISITS);
  }

  private async setStatus(actor: StaffActor, clientId: string, status: ClientEntity['status']): Promise<Client> {
    requireManageClients(actor);
    const client = await this.clients.transaction(async (manager) => {
      const current = await this.clients.findForUpdate(manager, actor.organizationId, clientId);
      if (!current) throw clientNotFound();
      // Asking twice is not a second change.
      if (current.status === status) return this.present(current, manager);
      const from = current.status;
      const at = new Date();
      const saved = await this.clients.setStatus(manager, current, status, status === 'disabled' ? at : null);
      const ref = { clientId: saved.id, organizationId: saved.organizationId, at: at.toISOString() };
      await this.history.record(manager, actor, {
        organizationId: saved.organizationId,
        clientId: saved.id,
        action: status === 'disabled' ? 'client.disabled' : 'client.enabled',
        changes: { status: { from, to: status } },
        summary: status === 'disabled' ? 'Disabled the client' : 'Enabled the client',
      });
      await enqueueEvent(manager, status === 'disabled' ? CLIENTS_EVENTS.clientDisabled : CLIENTS_EVENTS.clientEnabled, ref);
      return this.present(saved, manager);
    });
    return client;
  }

  /**
   * "Allow login?" on an individual client: identity sends the claim email (a later issue).
   * Told when login becomes allowed, and again when the email (the username) changes.
   */
  private async publishLoginAllowed(manager: EntityManager, before: ClientData | null, client: ClientEntity): Promise<void> {
    const after = client.details;
    if (after.kind !== 'individual' || !after.allowLogin || !after.email) return;
    const was = before?.kind === 'individual' ? before : null;
    if (was?.allowLogin && was.email === after.email) return;
    await enqueueEvent(manager, CLIENTS_EVENTS.clientLoginAllowed, {
      clientId: client.id,
      organizationId: client.organizationId,
      email: after.email,
      firstName: after.firstName,
      lastName: after.lastName,
    });
  }
}

function deleteRefused(records: ClientRecords): AppError {
  const held = Object.entries(records)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${n === 1 ? kind.replace(/s$/, '') : kind}`)
    .join(', ');
  return new AppError(ERROR_CODES.CONFLICT, `This client has records (${held}) and cannot be deleted. Disable the client instead.`, {
    reason: 'has-records',
    records,
    suggestion: 'disable',
  });
}
