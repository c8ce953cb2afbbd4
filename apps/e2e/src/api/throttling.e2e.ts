import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoInternals, requestFrom, type RawResponse } from '../support/http';
import { newOrganization, PASSWORD, signUp } from '../support/organizations';
import { hqSignIn } from '../support/sessions';

// Global setup runs the stack with these limits (the defaults are the same).
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 20;

// Failures count against the caller's address too, and every other test calls from
// 127.0.0.1. Each test here uses its own loopback address, so the limits it trips never
// touch the rest of the run.
const ACCOUNT_TEST_ADDRESS = '127.0.0.3';
const ADDRESS_TEST_ADDRESS = '127.0.0.2';

function signInFrom(address: string, email: string, password: string): Promise<RawResponse> {
  return requestFrom(address, 'POST', '/api/hq/auth/sign-in', { email, password });
}

function expectRateLimited(res: RawResponse, label: string) {
  expect(res.status, `${label}: ${res.text}`).toBe(429);
  expectNoInternals(res.text, label);
  expect(JSON.parse(res.text)).toMatchObject({ code: 'RATE_LIMITED', message: expect.any(String) });
  const retryAfter = Number(res.headers['retry-after']);
  expect(Number.isInteger(retryAfter), `retry-after: ${String(res.headers['retry-after'])}`).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  // A rate-limited answer is not a session.
  expect(res.headers['set-cookie']).toBeUndefined();
}

function expectWrongCredentials(res: RawResponse, label: string) {
  expect(res.status, `${label}: ${res.text}`).toBe(401);
  expect(JSON.parse(res.text)).toEqual({ code: 'UNAUTHENTICATED', message: 'Email or password is incorrect' });
}

test('after 5 wrong passwords an account is locked: the 6th attempt, even with the right password, is 429 with retry-after', async ({ request }) => {
  const victim = await signUp(request, newOrganization());
  const neighbour = await signUp(request, newOrganization());

  for (let i = 1; i <= MAX_FAILURES_PER_ACCOUNT; i++) {
    expectWrongCredentials(await signInFrom(ACCOUNT_TEST_ADDRESS, victim.email, `wrong-${i}-${PASSWORD}`), `wrong password #${i}`);
  }
  expectRateLimited(await signInFrom(ACCOUNT_TEST_ADDRESS, victim.email, PASSWORD), 'right password after the limit');
  // The limit is the account's, whatever case the email is typed in.
  expectRateLimited(await signInFrom(ACCOUNT_TEST_ADDRESS, victim.email.toUpperCase(), PASSWORD), 'upper-cased email');
  // And it follows the account to other addresses: the guesser cannot just move.
  expect((await hqSignIn(request, victim.email, PASSWORD)).status()).toBe(429);

  // Another account from the very same address still signs in.
  const other = await signInFrom(ACCOUNT_TEST_ADDRESS, neighbour.email, PASSWORD);
  expect(other.status, other.text).toBe(200);
  expect(JSON.parse(other.text)).toHaveProperty('accessToken');
});

test('a correct password before the limit clears the account count', async ({ request }) => {
  const org = await signUp(request, newOrganization());
  const address = '127.0.0.4';
  for (let round = 0; round < 2; round++) {
    for (let i = 1; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expectWrongCredentials(await signInFrom(address, org.email, `wrong-${i}`), `round ${round} #${i}`);
    }
    const ok = await signInFrom(address, org.email, PASSWORD);
    expect(ok.status, ok.text).toBe(200);
  }
});

test('after 20 failures from one address, every account is refused from that address (429), and other addresses are unaffected', async ({ request }) => {
  const org = await signUp(request, newOrganization());

  // Before: the address can sign in.
  expect((await signInFrom(ADDRESS_TEST_ADDRESS, org.email, PASSWORD)).status).toBe(200);

  // 20 failures spread over unknown emails, never more than 4 per email, so no account
  // limit is reached: only the address's.
  const perEmail = MAX_FAILURES_PER_ACCOUNT - 1;
  const tag = randomBytes(3).toString('hex');
  const emails = Array.from({ length: Math.ceil(MAX_FAILURES_PER_ADDRESS / perEmail) }, (_, n) => `nobody-${n}-${tag}@example.test`);
  for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
    const email = emails[Math.floor(i / perEmail)];
    expectWrongCredentials(await signInFrom(ADDRESS_TEST_ADDRESS, email, `guess-${i}`), `failure #${i + 1}`);
  }

  // Now any account, with the right password, is refused from that address.
  expectRateLimited(await signInFrom(ADDRESS_TEST_ADDRESS, org.email, PASSWORD), 'real account from the address');
  expectRateLimited(await signInFrom(ADDRESS_TEST_ADDRESS, `fresh-${randomBytes(3).toString('hex')}@example.test`, 'x'), 'fresh email');
  expectRateLimited(
    await requestFrom(ADDRESS_TEST_ADDRESS, 'POST', '/api/portal/auth/sign-in', { email: org.email, password: PASSWORD }),
    'portal sign-in from the address',
  );

  // The same account from 127.0.0.1 still signs in.
  const fromLocalhost = await hqSignIn(request, org.email, PASSWORD);
  expect(fromLocalhost.status(), await fromLocalhost.text()).toBe(200);
});
