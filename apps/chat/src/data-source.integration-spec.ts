import { schemaDrift } from '@tailwise/persistence';
import { CHAT_SCHEMA } from './data-source';

describe('chat migrations', () => {
  it('match the entities (no drift)', async () => {
    await expect(schemaDrift('chat', CHAT_SCHEMA)).resolves.toEqual([]);
  });
});
