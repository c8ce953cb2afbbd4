// `npm test`: lint, type checks, unit tests, integration tests against real PostgreSQL
// and private nats-servers, deployment checks, then end-to-end tests (API and browser)
// through a private copy of the whole stack. Never touches `npm start`'s data or ports.
import { spawnSync } from 'node:child_process';
import { checkPostgres } from '../stack/prerequisites.mjs';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const problem = await checkPostgres(databaseUrl);
if (problem) {
  console.error(problem);
  process.exit(1);
}

// CI proves everything from scratch rather than trusting a local task cache.
const style = process.env.CI ? ['--output-style=static', '--skip-nx-cache'] : [];
const steps = [
  ['lint, type checks and unit tests', ['nx', 'run-many', '-t', 'lint', 'typecheck', 'test', ...style]],
  ['integration tests', ['nx', 'run-many', '-t', 'integration', '--parallel=1', ...style]],
  ['deployment files', ['nx', 'run', 'deploy:validate', ...style]],
  ['end-to-end tests', ['nx', 'run', 'e2e:e2e', ...style]],
];

const results = [];
for (const [name, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const { status } = spawnSync('npx', args, { stdio: 'inherit' });
  results.push({ name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) });
  if (status !== 0) break;
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed || results.length < steps.length ? 1 : 0);
