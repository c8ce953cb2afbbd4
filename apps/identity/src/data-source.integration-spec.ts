import { schemaDrift } from '@tailwise/persistence';
import { identityDataSourceOptions } from './data-source';

describe('identity migrations', () => {
  it('match the entities (no drift)', async () => {
    await expect(schemaDrift('identity', identityDataSourceOptions)).resolves.toEqual([]);
  });
});
