import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { ALL_STAFF_PERMISSIONS, STAFF_PERMISSIONS } from '@tailwise/contracts';
import { animalInput, ANIMALS_PATH, CLIENTS_PATH, hqClients, volumeClientInput } from '../support/clients';
import { expectError } from '../support/http';
import { signUp } from '../support/organizations';
import { claimsLike, inspectToken, serverSigningKey, signToken } from '../support/tokens';

// Custom roles arrive with staff users and roles (#4); until then a colleague without the
// manage-clients permission is a token of the same organization signed with the run's key.
test('staff without "manage clients" can look clients up but every change is 403', async ({ request }) => {
  const admin = await signUp(request);
  const clients = hqClients(request, admin.accessToken);
  const client = await clients.createOk(volumeClientInput());
  const animal = await clients.createAnimalOk(client.id, animalInput());

  const { header } = inspectToken(admin.accessToken);
  const readOnly = await signToken(
    serverSigningKey(),
    { alg: 'EdDSA', kid: header.kid, typ: 'at+jwt' },
    claimsLike(admin.accessToken, {
      sub: randomUUID(),
      name: 'Reade Only',
      permissions: ALL_STAFF_PERMISSIONS.filter((p) => p !== STAFF_PERMISSIONS.manageClients),
    }),
  );
  const auth = { authorization: `Bearer ${readOnly}` };

  expect((await request.get(`${CLIENTS_PATH}/${client.id}`, { headers: auth })).status()).toBe(200);
  expect((await request.get(`${CLIENTS_PATH}/search?q=${encodeURIComponent(client.displayName)}`, { headers: auth })).status()).toBe(200);
  expect((await request.get(`${ANIMALS_PATH}/${animal.id}`, { headers: auth })).status()).toBe(200);

  const writes: [string, () => ReturnType<typeof request.get>][] = [
    ['create', () => request.post(CLIENTS_PATH, { headers: auth, data: volumeClientInput() })],
    ['update', () => request.put(`${CLIENTS_PATH}/${client.id}`, { headers: auth, data: volumeClientInput() })],
    ['disable', () => request.post(`${CLIENTS_PATH}/${client.id}/disable`, { headers: auth })],
    ['enable', () => request.post(`${CLIENTS_PATH}/${client.id}/enable`, { headers: auth })],
    ['delete', () => request.delete(`${CLIENTS_PATH}/${client.id}`, { headers: auth })],
    ['add animal', () => request.post(`${CLIENTS_PATH}/${client.id}/animals`, { headers: auth, data: animalInput() })],
    ['edit animal', () => request.put(`${ANIMALS_PATH}/${animal.id}`, { headers: auth, data: animalInput() })],
  ];
  for (const [label, write] of writes) {
    await expectError(await write(), 403, 'FORBIDDEN').catch((error: Error) => {
      throw new Error(`${label}: ${error.message}`);
    });
  }
  const after = await clients.getOk(client.id);
  expect(after.status).toBe('active');
  expect(after.animalCount).toBe(1);
});
