import { schemaDrift } from '@tailwise/persistence';
import { IDENTITY_SCHEMA } from './data-source';

describe('identity migrations', () => {
  it('match the entities (no drift)', async () => {
    await expect(schemaDrift('identity', IDENTITY_SCHEMA)).resolves.toEqual([]);
  });
});
