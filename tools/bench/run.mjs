// `npm run bench [name...]`: runs the benchmarks (all by default). Each compares the full
// path through the gateway with a baseline measured in the same run on the same machine.
import { build } from './lib.mjs';
import { benchClientsSearch } from './clients-search.bench.mjs';
import { benchMe } from './me.bench.mjs';
import { benchOpenTimes } from './open-times.bench.mjs';
import { benchPortalLinks } from './portal-links.bench.mjs';

const BENCHES = {
  me: { run: benchMe, projects: ['gateway', 'identity'] },
  'clients-search': { run: benchClientsSearch, projects: ['gateway', 'identity', 'clients'] },
  'portal-links': { run: benchPortalLinks, projects: ['gateway', 'identity', 'clients', 'notifications'] },
  'open-times': { run: benchOpenTimes, projects: ['gateway', 'identity', 'clients', 'scheduling'] },
};

const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BENCHES);
const unknown = chosen.filter((name) => !BENCHES[name]);
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
build([...new Set(chosen.flatMap((name) => BENCHES[name].projects))]);
for (const name of chosen) await BENCHES[name].run();
