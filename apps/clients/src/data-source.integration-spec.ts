import { schemaDrift } from '@tailwise/persistence';
import { clientsDataSourceOptions } from './data-source';

describe('clients migrations', () => {
  it('match the entities (no drift)', async () => {
    await expect(schemaDrift('clients', clientsDataSourceOptions)).resolves.toEqual([]);
  });
});
