import { DataSource } from 'typeorm';
import { createTestDatabase, schemaDataSourceOptions, type TestDatabase } from '@tailwise/persistence';
import { AppError } from '@tailwise/contracts';
import { loadIdentityConfig } from '../config';
import { IDENTITY_SCHEMA } from '../data-source';
import { SignInThrottle } from './sign-in-throttle';

describe('SignInThrottle (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const config = loadIdentityConfig({
    AUTH_PRIVATE_KEY: 'unused',
    SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '3',
    SIGN_IN_MAX_FAILURES_PER_ADDRESS: '5',
    SIGN_IN_WINDOW_SECONDS: '2',
  });

  beforeAll(async () => {
    db = await createTestDatabase('identity_throttle');
    dataSource = await new DataSource(
      schemaDataSourceOptions(IDENTITY_SCHEMA, { DATABASE_URL: db.serverUrl, DATABASE_NAME: db.name }),
    ).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  const throttle = () => new SignInThrottle(dataSource, config);

  it('refuses an account after its failures reach the limit, and forgets them on success', async () => {
    const t = throttle();
    for (let i = 0; i < 3; i++) {
      await t.assertAllowed('hq', 'a@x.test', '10.0.0.1');
      await t.recordFailure('hq', 'a@x.test', '10.0.0.1');
    }
    await expect(t.assertAllowed('hq', 'a@x.test', '10.0.0.2')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await expect(t.assertAllowed('hq', 'b@x.test', '10.0.0.2')).resolves.toBeUndefined();
    await t.recordSuccess('hq', 'a@x.test');
    await expect(t.assertAllowed('hq', 'a@x.test', '10.0.0.2')).resolves.toBeUndefined();
  });

  it('counts an email separately per audience: a staff lockout leaves the portal account alone', async () => {
    const t = throttle();
    for (let i = 0; i < 3; i++) await t.recordFailure('hq', 'shared@x.test', '10.0.3.1');
    await expect(t.assertAllowed('hq', 'shared@x.test', '10.0.3.2')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await expect(t.assertAllowed('portal', 'shared@x.test', '10.0.3.2')).resolves.toBeUndefined();
  });

  it('limits reset requests per address and per email, apart from sign-in failures', async () => {
    const t = throttle();
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await t.recordResetRequest('portal', 'inbox@x.test', `10.0.4.${i}`));
    expect(answers.map((a) => a.accountExceeded)).toEqual([false, false, false, true]);
    expect(answers.every((a) => !a.addressExceeded)).toBe(true);
    for (let i = 0; i < 5; i++) expect((await t.recordResetRequest('hq', `u${i}@x.test`, '10.0.5.1')).addressExceeded).toBe(false);
    expect((await t.recordResetRequest('hq', 'u6@x.test', '10.0.5.1')).addressExceeded).toBe(true);
    // Sign-in at that address is not held up by its reset requests.
    await expect(t.assertAllowed('hq', 'u6@x.test', '10.0.5.1')).resolves.toBeUndefined();
  });

  it('refuses an address after failures across many accounts', async () => {
    const t = throttle();
    for (let i = 0; i < 5; i++) await t.recordFailure('hq', `user${i}@x.test`, '10.0.0.9');
    const refused = t.assertAllowed('hq', 'fresh@x.test', '10.0.0.9');
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(t.assertAllowed('hq', 'fresh@x.test', '10.0.0.10')).resolves.toBeUndefined();
  });

  it('counts concurrent failures exactly (no lost updates)', async () => {
    const t = throttle();
    await Promise.all(Array.from({ length: 10 }, () => t.recordFailure('hq', 'race@x.test', '10.0.1.1')));
    const [row] = await dataSource.query(`SELECT count FROM throttle_counters WHERE key = 'account:hq:race@x.test'`);
    expect(row.count).toBe(10);
  });

  it('starts a new window once the old one has passed', async () => {
    const t = throttle();
    for (let i = 0; i < 3; i++) await t.recordFailure('hq', 'w@x.test', '10.0.2.1');
    await expect(t.assertAllowed('hq', 'w@x.test', '10.0.2.2')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await new Promise((r) => setTimeout(r, 2100));
    await expect(t.assertAllowed('hq', 'w@x.test', '10.0.2.2')).resolves.toBeUndefined();
    await t.recordFailure('hq', 'w@x.test', '10.0.2.1');
    const [row] = await dataSource.query(`SELECT count FROM throttle_counters WHERE key = 'account:hq:w@x.test'`);
    expect(row.count).toBe(1);
  });
});
