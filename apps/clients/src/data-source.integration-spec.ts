import { schemaDrift } from '@tailwise/persistence';
import { CLIENTS_SCHEMA } from './data-source';

describe('clients migrations', () => {
  it('match the entities (no drift)', async () => {
    await expect(schemaDrift('clients', CLIENTS_SCHEMA)).resolves.toEqual([]);
  });
});
