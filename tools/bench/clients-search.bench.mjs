// Search Clients and Animals on a large organization: 200,000 clients and 300,000 animals,
// searched through the gateway (gateway -> NATS -> clients -> PostgreSQL) by name
// fragments, phone numbers and microchips, against a baseline in the same run: the very
// SQL the clients service builds (its own statement builder), run through bare pg.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import pg from 'pg';
import { ROOT } from '../stack/stack.mjs';
import { percentile, printTable, sampleLatencies, signUp, startBenchStack } from './lib.mjs';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200_000);
const ANIMALS = Number(process.env.BENCH_ANIMALS ?? 300_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const BATCH = 10_000;
const PAGE_SIZE = 25;

const FIRST = ['Maria', 'James', 'Aisha', 'Chen', 'Olivia', 'Mateo', 'Priya', 'Noah', 'Fatima', 'Liam', 'Sofia', 'Ethan', 'Amara', 'Lucas', 'Hana', 'Diego', 'Grace', 'Omar', 'Ava', 'Kai'];
const LAST = ['Smith', 'Johnson', 'Garcia', 'Nguyen', 'Patel', 'Anderson', 'Okafor', 'Martinez', 'Kowalski', 'Brown', 'Rossi', 'Cohen', 'Tanaka', 'Silva', 'Murphy', 'Haddad', 'Larsen', 'Dubois', 'Novak', 'Reyes'];
const GROUPS = ['Happy Paws Rescue', 'Alley Cat Allies', 'Second Chance Shelter', 'Feral Friends TNR', 'Whisker Haven', 'County Humane Society', 'Tails of Hope', 'Barn Cat Project'];
const PETS = ['Luna', 'Milo', 'Bella', 'Oliver', 'Cleo', 'Simba', 'Nala', 'Tiger', 'Pepper', 'Shadow', 'Mochi', 'Ginger', 'Smokey', 'Biscuit', 'Willow', 'Jasper'];

export async function benchClientsSearch() {
  const stack = await startBenchStack(['identity', 'clients']);
  const db = new pg.Pool({ connectionString: stack.databaseUrlOf('clients'), max: 4 });
  try {
    const { accessToken, me } = await signUp(stack.gatewayUrl);
    const organizationId = me.organization.id;
    await seed(db, organizationId);

    const queries = {
      'name fragment': ['ander', 'kowal', 'paws resc', 'garc', 'haven', 'okaf', 'mart', 'whisk'],
      'phone (other format)': pick(40, (i) => phoneOf(1 + ((i * 4099) % CLIENTS)).replace(/[()\s-]/g, '.')).concat(pick(40, (i) => phoneOf(1 + ((i * 7919) % CLIENTS)).slice(-8))),
      microchip: pick(80, (i) => chipOf(1 + ((i * 6151) % Math.floor(ANIMALS * 0.7)))),
    };
    const { searchStatement, searchKeys, SEARCH_MATCH_CAP } = loadServiceSearch();
    const viaGateway = (q) =>
      fetch(`${stack.gatewayUrl}/api/hq/clients/search?${new URLSearchParams({ q, type: 'all', pageSize: String(PAGE_SIZE) })}`, {
        headers: { authorization: `Bearer ${accessToken}` },
      }).then(async (res) => {
        if (!res.ok) throw new Error(`search ${q}: ${res.status} ${await res.text()}`);
        return res.json();
      });
    const viaPg = (q) => {
      const statement = searchStatement({ organizationId, keys: searchKeys(q), type: 'all', offset: 0, limit: PAGE_SIZE, cap: SEARCH_MATCH_CAP });
      return db.query(statement.sql, statement.params);
    };

    const rows = [];
    for (const [kind, list] of Object.entries(queries)) {
      const inputs = Array.from({ length: SAMPLES }, (_, i) => list[i % list.length]);
      const found = await viaGateway(inputs[0]);
      if (found.items.length === 0) throw new Error(`${kind} "${inputs[0]}" found nothing: the seed and the search disagree`);
      await sampleLatencies(inputs.slice(0, 20), viaGateway); // warm-up
      await sampleLatencies(inputs.slice(0, 20), viaPg);
      const full = await sampleLatencies(inputs, viaGateway);
      const base = await sampleLatencies(inputs, viaPg);
      rows.push([kind, ...stats(full), ...stats(base), (percentile(full, 95) / percentile(base, 95)).toFixed(2)]);
    }
    printTable(
      `Search Clients and Animals: ${CLIENTS.toLocaleString('en')} clients, ${ANIMALS.toLocaleString('en')} animals, ${SAMPLES} sequential searches per kind`,
      ['query', 'gateway p50', 'gateway p95', 'bare pg p50', 'bare pg p95', 'p95 ratio'],
      rows,
    );
    console.log('\n(ms; aim: gateway p95 under 25 ms)');
  } finally {
    await db.end();
    await stack.close();
  }
}

function stats(latencies) {
  return [percentile(latencies, 50).toFixed(1), percentile(latencies, 95).toFixed(1)];
}

function pick(count, make) {
  return Array.from({ length: count }, (_, i) => make(i + 1));
}

/** The service's own statement builder, loaded from its TypeScript sources. */
function loadServiceSearch() {
  process.env.TS_NODE_TRANSPILE_ONLY = 'true';
  process.env.TS_NODE_PROJECT = join(ROOT, 'apps/clients/tsconfig.json');
  const require = createRequire(import.meta.url);
  require('ts-node/register');
  require('../db/register-paths.js');
  return {
    ...require('../../apps/clients/src/search/search-statement.ts'),
    ...require('../../apps/clients/src/search/search-keys.ts'),
    ...require('../../apps/clients/src/search/search.service.ts'),
  };
}

const phoneOf = (i) => `(303) ${String(200 + (Math.floor(i / 10_000) % 800)).padStart(3, '0')}-${String(i % 10_000).padStart(4, '0')}`;
const chipOf = (i) => `985${String(i).padStart(12, '0')}`;

/** Seeds straight into the clients database (the API would take an hour), in batches with a progress bar. */
async function seed(db, organizationId) {
  const bar = new SingleBar({ format: 'seeding {bar} {percentage}% | {value}/{total} rows | {eta_formatted} left' }, Presets.shades_classic);
  bar.start(CLIENTS + ANIMALS, 0);
  const arr = (values) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]`;
  for (let from = 1; from <= CLIENTS; from += BATCH) {
    const to = Math.min(CLIENTS, from + BATCH - 1);
    await db.query(
      `WITH s AS (
         SELECT i,
                (${arr(FIRST)})[1 + (i * 7) % ${FIRST.length}] AS first,
                (${arr(LAST)})[1 + (i * 13) % ${LAST.length}] AS last,
                (${arr(GROUPS)})[1 + i % ${GROUPS.length}] || ' ' || i AS grp,
                i % 5 = 0 AS volume
         FROM generate_series($2::int, $3::int) AS i
       ), c AS (
         INSERT INTO clients (id, organization_id, kind, display_name, sort_name, search_name, email, primary_phone, details)
         SELECT md5('client' || i)::uuid, $1, CASE WHEN volume THEN 'volume' ELSE 'individual' END,
                CASE WHEN volume THEN grp ELSE first || ' ' || last END,
                lower(CASE WHEN volume THEN grp ELSE first || ' ' || last END),
                lower(CASE WHEN volume THEN grp || ' ' || first || ' ' || last ELSE first || ' ' || last END),
                lower(first || '.' || last || i || '@example.test'),
                '(303) ' || lpad((200 + (i / 10000) % 800)::text, 3, '0') || '-' || lpad((i % 10000)::text, 4, '0'),
                CASE WHEN volume THEN jsonb_build_object('kind', 'volume', 'organizationName', grp, 'contactFirstName', first, 'contactLastName', last)
                     ELSE jsonb_build_object('kind', 'individual', 'firstName', first, 'lastName', last) END
         FROM s RETURNING 1
       )
       SELECT count(*) FROM c`,
      [organizationId, from, to],
    );
    await db.query(
      `INSERT INTO client_phones (client_id, organization_id, position, type, number, digits)
       SELECT md5('client' || i)::uuid, $1, 0, 'mobile', p, regexp_replace(p, '\\D', '', 'g')
       FROM (SELECT i, '(303) ' || lpad((200 + (i / 10000) % 800)::text, 3, '0') || '-' || lpad((i % 10000)::text, 4, '0') AS p
             FROM generate_series($2::int, $3::int) AS i) s`,
      [organizationId, from, to],
    );
    bar.increment(to - from + 1);
  }
  for (let from = 1; from <= ANIMALS; from += BATCH) {
    const to = Math.min(ANIMALS, from + BATCH - 1);
    await db.query(
      `INSERT INTO animals (organization_id, client_id, name, sort_name, search_name, species, sex, altered, microchip, status)
       SELECT $1, md5('client' || (1 + (i * 31) % $4::int))::uuid, n, lower(n), lower(n),
              CASE WHEN i % 3 = 0 THEN 'dog' ELSE 'cat' END, CASE WHEN i % 2 = 0 THEN 'female' ELSE 'male' END, 'intact',
              CASE WHEN i <= $5::int THEN '985' || lpad(i::text, 12, '0') END, 'active'
       FROM (SELECT i, (${arr(PETS)})[1 + i % ${PETS.length}] AS n FROM generate_series($2::int, $3::int) AS i) s`,
      [organizationId, from, to, CLIENTS, Math.floor(ANIMALS * 0.7)],
    );
    bar.increment(to - from + 1);
  }
  await db.query('ANALYZE');
  bar.stop();
}
