import { randomUUID } from 'node:crypto';
import { animalInputSchema, individualClientInputSchema, type Actor, type PortalActor } from '@tailwise/contracts';
import { FakeStore, ORG_A, ORG_B, staff } from '../../test/fakes';
import { ClientsService } from '../clients/clients.service';
import type { HistoryService } from '../history/history.service';
import { AnimalsController } from './animals.controller';
import { AnimalsService } from './animals.service';

const animal = (name: string) => animalInputSchema.parse({ name, species: 'dog', sex: 'male', altered: 'altered' });

async function setUp() {
  const store = new FakeStore();
  const history = store.historyService() as HistoryService;
  const clients = new ClientsService(store.clientsRepository(), store.animalsRepository(), history, store.visitsRepository());
  const animals = new AnimalsService(store.animalsRepository(), store.clientsRepository(), history);
  const client = (org: string, lastName: string) =>
    clients.create(staff({ organizationId: org }), individualClientInputSchema.parse({ kind: 'individual', firstName: 'Pat', lastName }));
  const linked = await client(ORG_A, 'Linked');
  const neighbour = await client(ORG_A, 'Neighbour');
  const elsewhere = await client(ORG_B, 'Elsewhere');
  await animals.create(staff(), linked.id, animal('Rex'));
  await animals.create(staff(), linked.id, animal('Bo'));
  await animals.create(staff(), neighbour.id, animal('Neighbour dog'));
  await animals.create(staff({ organizationId: ORG_B }), elsewhere.id, animal('Far dog'));
  return { controller: new AnimalsController(animals), linked, elsewhere };
}

const portal = (link?: PortalActor['link']): PortalActor => ({
  kind: 'portal',
  portalUserId: randomUUID(),
  portalAccountId: randomUUID(),
  permissions: [],
  ...(link ? { link } : {}),
});

const call = (controller: AnimalsController, actor: Actor, data: unknown = {}) =>
  Promise.resolve().then(() => controller.listForPortal({ actor, data }));

describe('AnimalsController portal animal list', () => {
  it("lists only the linked client's animals at the linked organization", async () => {
    const { controller, linked } = await setUp();
    const animals = await call(controller, portal({ organizationId: ORG_A, clientId: linked.id }));
    expect(animals.map((a) => [a.name, a.clientId]).sort()).toEqual([
      ['Bo', linked.id],
      ['Rex', linked.id],
    ]);
  });

  it('a link naming a client of another organization finds nothing', async () => {
    const { controller, elsewhere } = await setUp();
    await expect(call(controller, portal({ organizationId: ORG_A, clientId: elsewhere.id }))).resolves.toEqual([]);
  });

  it('refuses a portal actor without a checked link (403), and staff or anonymous callers (401)', async () => {
    const { controller } = await setUp();
    await expect(call(controller, portal())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call(controller, staff())).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(call(controller, { kind: 'anonymous' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses any query field (400)', async () => {
    const { controller, linked } = await setUp();
    await expect(call(controller, portal({ organizationId: ORG_A, clientId: linked.id }), { clientId: linked.id })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});
