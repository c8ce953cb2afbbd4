import { schemaDrift } from '@tailwise/persistence';
import { SCHEDULING_SCHEMA } from './data-source';

describe('scheduling migrations', () => {
  it('match the entities (no drift)', async () => {
    await expect(schemaDrift('scheduling', SCHEDULING_SCHEMA)).resolves.toEqual([]);
  });
});
