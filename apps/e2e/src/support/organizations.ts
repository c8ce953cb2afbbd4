import { randomBytes } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import type { SignUpRequest } from '@tailwise/contracts';

export const PASSWORD = 'Correct-horse1';

/** A sign-up nobody else in the run uses. */
export function newOrganization(overrides: Partial<SignUpRequest> = {}): SignUpRequest {
  const tag = randomBytes(4).toString('hex');
  return {
    organizationName: `Paws ${tag}`,
    clinicName: `Clinic ${tag}`,
    timeZone: 'America/Denver',
    firstName: 'Robin',
    lastName: `Vet${tag}`,
    email: `admin-${tag}@example.test`,
    password: PASSWORD,
    ...overrides,
  };
}

/** Signs an organization up and returns its admin's access token. */
export async function signUp(request: APIRequestContext, body: SignUpRequest = newOrganization()) {
  const res = await request.post('/api/hq/auth/sign-up', { data: body });
  if (res.status() !== 201) throw new Error(`sign-up failed: ${res.status()} ${await res.text()}`);
  const session = (await res.json()) as { accessToken: string };
  return { ...body, accessToken: session.accessToken };
}
