import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Index name, table, searched column, and the rows left out (none have the key). */
const TRIGRAM_INDEXES: [name: string, table: string, column: string, where: string][] = [
  ['clients_search_name_trgm_idx', 'clients', 'search_name', ''],
  ['clients_email_trgm_idx', 'clients', 'email', 'email IS NOT NULL'],
  ['client_phones_digits_trgm_idx', 'client_phones', 'digits', ''],
  ['animals_search_name_trgm_idx', 'animals', 'search_name', ''],
  ['animals_microchip_trgm_idx', 'animals', 'microchip', 'microchip IS NOT NULL'],
];

/**
 * Search Clients and Animals: trigram GIN indexes, which the migration generator cannot
 * express (operator classes), so they are written here and declared on the entities with
 * `synchronize: false`.
 *
 * Each index leads with organization_id (btree_gin makes uuid a GIN key), so a query scoped
 * to one organization reads only that organization's matches even when many organizations
 * share the table; `LIKE '%fragment%'` on the normalised keys uses them. Email and microchip
 * are optional: their indexes leave out the rows without one. Both extensions are trusted
 * (PostgreSQL 13+): the database owner may create them without superuser rights.
 *
 * `fastupdate = off`: GIN's default buffers new entries in a pending list that every search
 * then scans in full until (auto)vacuum merges it, several milliseconds per index after a
 * burst of writes. Clinics write a client at a time and search all day: writes pay instead.
 */
export class SearchIndexes1795450277226 implements MigrationInterface {
  name = 'SearchIndexes1795450277226';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    for (const [name, table, column, where] of TRIGRAM_INDEXES) {
      await q.query(
        `CREATE INDEX "${name}" ON "${table}" USING gin ("organization_id", "${column}" gin_trgm_ops) WITH (fastupdate = off)` +
          (where ? ` WHERE ${where}` : ''),
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name] of [...TRIGRAM_INDEXES].reverse()) await q.query(`DROP INDEX "${name}"`);
  }
}
