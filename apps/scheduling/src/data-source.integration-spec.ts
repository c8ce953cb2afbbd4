import { schemaDrift } from '@tailwise/persistence';
import { schedulingDataSourceOptions } from './data-source';

describe('scheduling migrations', () => {
  it('match the entities (no drift)', async () => {
    await expect(schemaDrift('scheduling', schedulingDataSourceOptions)).resolves.toEqual([]);
  });
});
