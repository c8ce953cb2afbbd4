// Request subjects served by the clients service. Changing a value needs a migration plan:
// running gateways and services address each other by these strings.
export const CLIENTS_SUBJECTS = {
  create: 'clients.client.create',
  get: 'clients.client.get',
  update: 'clients.client.update',
  list: 'clients.client.list',
  search: 'clients.client.search',
  disable: 'clients.client.disable',
  enable: 'clients.client.enable',
  delete: 'clients.client.delete',
  history: 'clients.client.history',
  animalCreate: 'clients.animal.create',
  animalGet: 'clients.animal.get',
  animalUpdate: 'clients.animal.update',
  animalList: 'clients.animal.list',
  /** Portal callers with a checked link: the linked client's animals at that organization. */
  portalAnimalList: 'clients.portal-animal.list',
} as const;
