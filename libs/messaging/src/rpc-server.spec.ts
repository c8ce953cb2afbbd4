import { randomUUID } from 'node:crypto';
import { Logger, type CallHandler, type ExecutionContext } from '@nestjs/common';
import { headers as natsHeaders } from 'nats';
import { firstValueFrom, of, defer } from 'rxjs';
import { z } from 'zod';
import { AppError, ERROR_CODES, HEADERS, type Actor } from '@tailwise/contracts';
import { currentCorrelationId } from './correlation';
import { RpcCorrelationInterceptor, RpcErrorFilter, parseRpc, requireStaff } from './rpc-server';

const staff: Actor = {
  kind: 'staff',
  userId: randomUUID(),
  organizationId: randomUUID(),
  permissions: ['clients.manage'],
};

function validationIssues(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ERROR_CODES.VALIDATION);
    return ((error as AppError).details as { issues: { path: string; message: string }[] }).issues;
  }
  throw new Error('expected a VALIDATION error');
}

describe('parseRpc', () => {
  const schema = z.strictObject({
    email: z.email(),
    address: z.strictObject({ city: z.string().min(1) }),
  });

  it('returns the actor and the parsed data', () => {
    const data = { email: 'a@example.org', address: { city: 'Reno' } };
    expect(parseRpc(schema, { actor: staff, data })).toEqual({ actor: staff, data });
  });

  it('names bad fields by their own path, without a data. prefix', () => {
    const issues = validationIssues(() => parseRpc(schema, { actor: staff, data: { email: 'nope', address: { city: '' } } }));
    expect(issues.map((i) => i.path)).toEqual(['email', 'address.city']);
  });

  it('rejects unknown fields of a strict schema, naming each', () => {
    const issues = validationIssues(() =>
      parseRpc(schema, { actor: staff, data: { email: 'a@example.org', address: { city: 'Reno', zip: 1 }, role: 'admin' } }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'address.zip', message: 'Unknown field' },
        { path: 'role', message: 'Unknown field' },
      ]),
    );
    expect(issues).toHaveLength(2);
  });

  it('rejects a missing or forged actor before looking at the data', () => {
    expect(validationIssues(() => parseRpc(schema, { data: {} })).map((i) => i.path)).toEqual(['actor']);
    const forged = validationIssues(() => parseRpc(schema, { actor: { ...staff, superuser: true }, data: {} }));
    expect(forged).toEqual([{ path: 'actor.superuser', message: 'Unknown field' }]);
  });

  it('rejects a payload that is not an envelope at all', () => {
    expect(() => parseRpc(schema, 'hello')).toThrow(AppError);
    expect(() => parseRpc(schema, null)).toThrow(AppError);
  });
});

describe('requireStaff', () => {
  it('returns a staff actor', () => {
    expect(requireStaff(staff)).toBe(staff);
  });

  it.each<Actor>([
    { kind: 'portal', portalUserId: randomUUID(), portalAccountId: randomUUID(), permissions: [] },
    { kind: 'anonymous' },
  ])('refuses a $kind actor', (actor) => {
    expect(() => requireStaff(actor)).toThrow(expect.objectContaining({ code: ERROR_CODES.UNAUTHENTICATED }));
  });
});

describe('RpcErrorFilter', () => {
  const filter = new RpcErrorFilter();
  const host = {} as never;
  const wireBody = (exception: unknown) => firstValueFrom(filter.catch(exception, host)).catch((body: unknown) => body);

  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(new Logger()));

  it('sends an AppError as its body', async () => {
    await expect(wireBody(new AppError(ERROR_CODES.CONFLICT, 'Slot taken', { slot: 3 }))).resolves.toEqual({
      code: 'CONFLICT',
      message: 'Slot taken',
      details: { slot: 3 },
    });
  });

  it.each([new Error('db password=hunter2'), new TypeError('x is undefined'), 'a thrown string', undefined])(
    'sends anything else as a bare INTERNAL (%p)',
    async (exception) => {
      await expect(wireBody(exception)).resolves.toEqual({ code: 'INTERNAL', message: 'Internal error' });
    },
  );
});

describe('RpcCorrelationInterceptor', () => {
  const interceptor = new RpcCorrelationInterceptor();

  function rpcContext(headerValue?: string): ExecutionContext {
    const h = headerValue === undefined ? undefined : natsHeaders();
    if (h && headerValue !== undefined) h.set(HEADERS.correlationId, headerValue);
    return {
      getType: () => 'rpc',
      switchToRpc: () => ({ getContext: () => ({ getHeaders: () => h }), getData: () => undefined }),
    } as unknown as ExecutionContext;
  }

  // Like Nest's own CallHandler, the handler runs when the stream is subscribed.
  const readCorrelation: CallHandler = { handle: () => defer(async () => currentCorrelationId()) };

  it('runs the handler with the caller correlation id from the NATS headers', async () => {
    await expect(firstValueFrom(interceptor.intercept(rpcContext('corr-7'), readCorrelation))).resolves.toBe('corr-7');
  });

  it('makes one up when the caller sent none', async () => {
    const id = await firstValueFrom(interceptor.intercept(rpcContext(), readCorrelation));
    expect(id).toEqual(expect.any(String));
    expect(id).not.toBe('');
  });

  it('leaves non-RPC contexts alone', async () => {
    const http = { getType: () => 'http' } as unknown as ExecutionContext;
    await expect(firstValueFrom(interceptor.intercept(http, { handle: () => of('untouched') }))).resolves.toBe('untouched');
  });
});
