import { schemaDrift } from '@tailwise/persistence';
import { chatDataSourceOptions } from './data-source';

describe('chat migrations', () => {
  it('match the entities (no drift)', async () => {
    await expect(schemaDrift('chat', chatDataSourceOptions)).resolves.toEqual([]);
  });
});
