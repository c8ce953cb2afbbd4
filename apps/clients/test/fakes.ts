import { randomUUID } from 'node:crypto';
import { ALL_STAFF_PERMISSIONS, type EventEnvelope, type StaffActor } from '@tailwise/contracts';
import type { EntityManager } from 'typeorm';
import type { AnimalEntity } from '../src/animals/animal.entity';
import type { AnimalFields } from '../src/animals/animal-record';
import type { AnimalsRepository } from '../src/animals/animals.repository';
import type { ClientEntity } from '../src/clients/client.entity';
import type { DerivedClient } from '../src/clients/client-record';
import type { ClientsRepository } from '../src/clients/clients.repository';
import type { ActivityInput, HistoryService } from '../src/history/history.service';
import type { ClientAppointmentEntity } from '../src/visits/client-appointment.entity';
import type { StatusDates } from '../src/visits/visit-dates';
import type { VisitsRepository } from '../src/visits/visits.repository';

export const ORG_A = '2b8f0a3e-4c55-4f0e-9a53-6f1d2d0c9e11';
export const ORG_B = '8d0c6f4e-1c1b-4b5e-8f43-2f7f1f0f2a22';

export function staff(overrides: Partial<StaffActor> = {}): StaffActor {
  return { kind: 'staff', userId: randomUUID(), organizationId: ORG_A, permissions: [...ALL_STAFF_PERMISSIONS], name: 'Robin Vet', ...overrides };
}

/**
 * What the services under test wrote: rows in memory, the events they enqueued (read back
 * from the outbox INSERTs `enqueueEvent` sends through the manager), and their history.
 * A transaction that throws leaves nothing behind, as in PostgreSQL.
 */
export class FakeStore {
  clients = new Map<string, ClientEntity>();
  animals = new Map<string, AnimalEntity>();
  /** Scheduling's appointments as its events left them (see VisitsRepository.apply). */
  appointments = new Map<string, ClientAppointmentEntity>();
  events: EventEnvelope[] = [];
  history: (ActivityInput & { actorUserId: string; actorName: string | null })[] = [];
  /** Make the next animal insert or replace fail as the microchip index would (a race the pre-check missed). */
  failNextChip = false;

  private pending: { events: EventEnvelope[]; history: FakeStore['history'] } | null = null;

  readonly manager = {
    query: async (sql: string, params: unknown[] = []) => {
      if (sql.includes('INSERT INTO outbox')) this.pending?.events.push(JSON.parse(String(params[2])) as EventEnvelope);
      return [];
    },
  } as unknown as EntityManager;

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const snapshot = { clients: structuredClone([...this.clients]), animals: structuredClone([...this.animals]) };
    this.pending = { events: [], history: [] };
    try {
      const result = await work(this.manager);
      this.events.push(...this.pending.events);
      this.history.push(...this.pending.history);
      return result;
    } catch (error) {
      this.clients = new Map(snapshot.clients);
      this.animals = new Map(snapshot.animals);
      throw error;
    } finally {
      this.pending = null;
    }
  }

  eventsOf(subject: string): EventEnvelope[] {
    return this.events.filter((e) => e.subject === subject);
  }

  clientsRepository(): ClientsRepository {
    const scoped = (org: string, id: string) => {
      const c = this.clients.get(id);
      return c && c.organizationId === org ? c : null;
    };
    const touch = <E extends { updatedAt: Date }>(e: E) => ((e.updatedAt = new Date()), e);
    return {
      transaction: (work: (m: EntityManager) => Promise<unknown>) => this.transaction(work),
      find: async (org: string, id: string) => scoped(org, id),
      exists: async (org: string, id: string) => !!scoped(org, id),
      findForUpdate: async (_m: EntityManager, org: string, id: string) => scoped(org, id),
      insert: async (_m: EntityManager, organizationId: string, derived: DerivedClient, createdBy: string) => {
        const { phones: _phones, ...columns } = derived;
        const now = new Date();
        const entity = { ...columns, id: randomUUID(), kind: derived.details.kind, organizationId, status: 'active', disabledAt: null, createdBy, createdAt: now, updatedAt: now } as ClientEntity;
        this.clients.set(entity.id, entity);
        return entity;
      },
      replace: async (_m: EntityManager, entity: ClientEntity, derived: DerivedClient) => {
        const { phones: _phones, ...columns } = derived;
        return touch(Object.assign(entity, columns));
      },
      setStatus: async (_m: EntityManager, entity: ClientEntity, status: ClientEntity['status'], disabledAt: Date | null) =>
        touch(Object.assign(entity, { status, disabledAt })),
      delete: async (_m: EntityManager, entity: ClientEntity) => void this.clients.delete(entity.id),
      holdForAnimal: async (_m: EntityManager, org: string, id: string) => !!scoped(org, id),
    } as unknown as ClientsRepository;
  }

  animalsRepository(): AnimalsRepository {
    const chipCheck = () => {
      if (!this.failNextChip) return;
      this.failNextChip = false;
      throw Object.assign(new Error('duplicate key'), { code: '23505', constraint: 'animals_organization_microchip_key' });
    };
    return {
      transaction: (work: (m: EntityManager) => Promise<unknown>) => this.transaction(work),
      find: async (org: string, id: string) => {
        const a = this.animals.get(id);
        return a && a.organizationId === org ? a : null;
      },
      findForUpdate: async (_m: EntityManager, org: string, id: string) => {
        const a = this.animals.get(id);
        return a && a.organizationId === org ? a : null;
      },
      insert: async (_m: EntityManager, animal: AnimalFields & Pick<AnimalEntity, 'organizationId' | 'clientId' | 'createdBy'>) => {
        chipCheck();
        const now = new Date();
        const entity = { ...animal, id: randomUUID(), sortName: animal.name.toLowerCase(), searchName: animal.name.toLowerCase(), createdAt: now, updatedAt: now } as AnimalEntity;
        this.animals.set(entity.id, entity);
        return entity;
      },
      replace: async (_m: EntityManager, entity: AnimalEntity, fields: AnimalFields) => {
        chipCheck();
        return Object.assign(entity, fields, { updatedAt: new Date() });
      },
      microchipTaken: async (_m: EntityManager, org: string, chip: string, except: string | null) =>
        [...this.animals.values()].some((a) => a.organizationId === org && a.microchip === chip && a.id !== except),
      listByClient: async (org: string, clientId: string) => [...this.animals.values()].filter((a) => a.organizationId === org && a.clientId === clientId),
      countByClient: async (clientId: string) => [...this.animals.values()].filter((a) => a.clientId === clientId).length,
    } as unknown as AnimalsRepository;
  }

  /** As the SQL does it: per client and status, over appointments not deleted (jest runs in UTC). */
  visitsRepository(): VisitsRepository {
    const existing = (org: string, clientId: string) =>
      [...this.appointments.values()].filter((a) => a.organizationId === org && a.clientId === clientId && !a.deleted);
    return {
      statusDates: async (org: string, clientIds: string[]) => {
        const today = new Date().toISOString().slice(0, 10);
        const rows = new Map<string, StatusDates>();
        for (const a of clientIds.flatMap((id) => existing(org, id))) {
          const key = `${a.clientId}:${a.status}`;
          const row = rows.get(key) ?? { clientId: a.clientId, status: a.status, latest: a.localDate, earliestFromToday: null };
          if (a.localDate > row.latest) row.latest = a.localDate;
          if (a.localDate >= today && (row.earliestFromToday === null || a.localDate < row.earliestFromToday)) row.earliestFromToday = a.localDate;
          rows.set(key, row);
        }
        return [...rows.values()];
      },
      countByClient: async (_m: EntityManager, org: string, clientId: string) => existing(org, clientId).length,
    } as unknown as VisitsRepository;
  }

  historyService(): HistoryService {
    return {
      record: async (_m: EntityManager, actor: StaffActor, activity: ActivityInput) => {
        this.pending?.history.push({ ...activity, actorUserId: actor.userId, actorName: actor.name ?? null });
      },
    } as unknown as HistoryService;
  }
}
