import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const COMMITTED = join(__dirname, '../../../gateway/openapi.json');

// The committed OpenAPI document is what API consumers read and review in pull requests;
// this fails when the gateway's routes or schemas change without it. Refresh it with
// `UPDATE_OPENAPI=1 npx nx run e2e:e2e`.
test('the committed OpenAPI document matches what the gateway serves', async ({ request }) => {
  const served = await (await request.get('/api/docs-json')).json();
  const text = `${JSON.stringify(served, null, 2)}\n`;
  if (process.env['UPDATE_OPENAPI'] === '1') writeFileSync(COMMITTED, text);
  expect(JSON.parse(readFileSync(COMMITTED, 'utf8'))).toEqual(served);
});
