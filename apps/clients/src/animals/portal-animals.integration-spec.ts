import { randomUUID } from 'node:crypto';
import { ALL_STAFF_PERMISSIONS, CLIENTS_SUBJECTS, type Actor, type Animal, type Client, type StaffActor } from '@tailwise/contracts';
import type { RpcClient } from '@tailwise/messaging';
import { startServiceHarness, type ServiceHarness } from '@tailwise/service-testing';
import { AppModule } from '../app.module';
import { loadClientsConfig, type ClientsConfig } from '../config';

// A portal user's animal list over NATS, as the gateway calls it after checking the link.

const staff = (organizationId: string): StaffActor => ({ kind: 'staff', userId: randomUUID(), organizationId, permissions: [...ALL_STAFF_PERMISSIONS] });

describe('portal animal list (PostgreSQL + NATS)', () => {
  let harness: ServiceHarness<ClientsConfig>;
  let rpc: RpcClient;

  beforeAll(async () => {
    harness = await startServiceHarness({ name: 'clients', loadConfig: loadClientsConfig, module: (config) => AppModule.forRoot(config) });
    ({ rpc } = harness);
  });

  afterAll(() => harness?.close());

  const client = (actor: StaffActor, lastName: string) =>
    rpc.request<Client>(CLIENTS_SUBJECTS.create, actor, { kind: 'individual', firstName: 'Pat', lastName });
  const addAnimal = (actor: StaffActor, clientId: string, name: string) =>
    rpc.request<Animal>(CLIENTS_SUBJECTS.animalCreate, actor, { clientId, animal: { name, species: 'cat' } });
  const portal = (link?: { organizationId: string; clientId: string }): Actor => ({
    kind: 'portal',
    portalUserId: randomUUID(),
    portalAccountId: randomUUID(),
    permissions: [],
    ...(link ? { link } : {}),
  });

  it("answers the linked client's animals at the linked organization in name order, and nothing else", async () => {
    const a = staff(randomUUID());
    const b = staff(randomUUID());
    const linked = await client(a, 'Linked');
    const neighbour = await client(a, 'Neighbour');
    const elsewhere = await client(b, 'Elsewhere');
    await addAnimal(a, linked.id, 'whiskers');
    await addAnimal(a, linked.id, 'Salt');
    await addAnimal(a, neighbour.id, 'Not mine');
    await addAnimal(b, elsewhere.id, 'Far away');

    const listed = await rpc.request<Animal[]>(CLIENTS_SUBJECTS.portalAnimalList, portal({ organizationId: a.organizationId, clientId: linked.id }), {});
    expect(listed.map((x) => [x.name, x.clientId])).toEqual([
      ['Salt', linked.id],
      ['whiskers', linked.id],
    ]);
    // A link pairing one organization with another's client finds nothing.
    await expect(
      rpc.request(CLIENTS_SUBJECTS.portalAnimalList, portal({ organizationId: a.organizationId, clientId: elsewhere.id }), {}),
    ).resolves.toEqual([]);
    await expect(rpc.request(CLIENTS_SUBJECTS.portalAnimalList, portal(), {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(rpc.request(CLIENTS_SUBJECTS.portalAnimalList, a, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
