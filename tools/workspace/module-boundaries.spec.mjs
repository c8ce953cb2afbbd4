// Proves the module boundaries are real: lint refuses the imports the architecture forbids.
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';
import { createProjectGraphAsync } from 'nx/src/project-graph/project-graph.js';

const ROOT = resolve(import.meta.dirname, '../..');
const RULE = '@nx/enforce-module-boundaries';

// The rule reads Nx's cached project graph; make sure it exists.
await createProjectGraphAsync({ exitOnError: false });
const eslint = new ESLint({ cwd: ROOT });

async function boundaryErrors(file, source) {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === RULE);
}

test('a service importing another service fails lint', async () => {
  const errors = await boundaryErrors('apps/identity/src/probe.ts', "import { AppModule } from '../../clients/src/app.module';\nexport const m = AppModule;\n");
  assert.ok(errors.length > 0);
});

test('a web app importing back-end code fails lint', async () => {
  const errors = await boundaryErrors('apps/hq-web/src/probe.ts', "import { RpcClient } from '@tailwise/messaging';\nexport const c = RpcClient;\n");
  assert.ok(errors.length > 0);
});

test('contracts importing anything else fails lint', async () => {
  const errors = await boundaryErrors('libs/contracts/src/probe.ts', "import { loadConfig } from '@tailwise/config';\nexport const l = loadConfig;\n");
  assert.ok(errors.length > 0);
});

test('a service importing contracts and shared utilities passes', async () => {
  const errors = await boundaryErrors(
    'apps/identity/src/probe.ts',
    "import { AppError } from '@tailwise/contracts';\nimport { parseRpc } from '@tailwise/messaging';\nexport const x = [AppError, parseRpc];\n",
  );
  assert.deepEqual(errors, []);
});
