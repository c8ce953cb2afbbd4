import { randomUUID } from 'node:crypto';
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern, Payload, Transport, type MicroserviceOptions } from '@nestjs/microservices';
import { Events, type NatsConnection } from 'nats';
import { z } from 'zod';
import { AppError, ERROR_CODES, type Actor } from '@tailwise/contracts';
import { nextStatus, startNatsServer, waitFor, type TestNatsServer } from '@tailwise/testing';
import {
  RpcClient,
  RpcCorrelationInterceptor,
  RpcErrorFilter,
  connectNats,
  currentCorrelationId,
  parseRpc,
  withCorrelationId,
} from '../src';

/** Subjects of the test service; request subjects never start with `events.`. */
const SUBJECTS = {
  greet: 'test.greeting.create',
  missing: 'test.widget.get',
  boom: 'test.widget.explode',
  correlation: 'test.correlation.get',
  slow: 'test.widget.slow',
  nobody: 'test.nobody.serves-this',
} as const;

const greetSchema = z.strictObject({ name: z.string().min(1) });

/** Lets the slow handler finish once the test has seen its caller time out. */
let releaseSlow: () => void = () => undefined;

@Controller()
class TestRpcController {
  @MessagePattern(SUBJECTS.greet)
  greet(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(greetSchema, payload);
    return { greeting: `Hello, ${data.name}`, actorKind: actor.kind };
  }

  @MessagePattern(SUBJECTS.missing)
  missing(): never {
    throw new AppError(ERROR_CODES.NOT_FOUND, 'Widget not found', { id: 'w-1' });
  }

  @MessagePattern(SUBJECTS.boom)
  async boom(): Promise<never> {
    throw new Error('boom: password=hunter2 at db.internal:5432');
  }

  @MessagePattern(SUBJECTS.correlation)
  async correlation() {
    // An await first: the id must survive async hops inside the handler, not only its first tick.
    await new Promise((resolve) => setImmediate(resolve));
    return { correlationId: currentCorrelationId() };
  }

  @MessagePattern(SUBJECTS.slow)
  async slow() {
    await new Promise<void>((resolve) => (releaseSlow = resolve));
    return { late: true };
  }
}

@Module({ controllers: [TestRpcController] })
class TestRpcModule {}

const actor: Actor = { kind: 'anonymous', ip: '127.0.0.1' };

describe('RpcClient against a Nest NATS microservice', () => {
  let server: TestNatsServer;
  let app: INestMicroservice;
  let nc: NatsConnection;
  let client: RpcClient;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: false });
    app = await NestFactory.createMicroservice<MicroserviceOptions>(
      TestRpcModule,
      { transport: Transport.NATS, options: { servers: [server.url], queue: 'test-service' }, logger: false },
    );
    app.useGlobalFilters(new RpcErrorFilter());
    app.useGlobalInterceptors(new RpcCorrelationInterceptor());
    await app.listen();
    nc = await connectNats(server.url, 'rpc-test');
    client = new RpcClient(nc, 2000);
  });

  afterAll(async () => {
    releaseSlow();
    await nc?.close();
    await app?.close();
    await server?.stop();
  });

  async function rejection(promise: Promise<unknown>): Promise<AppError> {
    const error = await promise.then(
      () => {
        throw new Error('expected the call to fail');
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }

  it('returns the handler response', async () => {
    await expect(client.request(SUBJECTS.greet, actor, { name: 'Rex' })).resolves.toEqual({
      greeting: 'Hello, Rex',
      actorKind: 'anonymous',
    });
  });

  it('answers VALIDATION naming the offending fields, without a data. prefix', async () => {
    const error = await rejection(client.request(SUBJECTS.greet, actor, { name: '', extra: 1 }));
    expect(error.code).toBe(ERROR_CODES.VALIDATION);
    expect(error.details).toEqual({
      issues: [
        { path: 'name', message: expect.any(String) },
        { path: 'extra', message: 'Unknown field' },
      ],
    });
  });

  it('carries an AppError across the wire with its code, message and details', async () => {
    const error = await rejection(client.request(SUBJECTS.missing, actor, {}));
    expect(error.code).toBe(ERROR_CODES.NOT_FOUND);
    expect(error.message).toBe('Widget not found');
    expect(error.details).toEqual({ id: 'w-1' });
  });

  it('turns an unexpected error into a bare INTERNAL that leaks nothing', async () => {
    const error = await rejection(client.request(SUBJECTS.boom, actor, {}));
    expect(error.code).toBe(ERROR_CODES.INTERNAL);
    expect(error.message).toBe('Internal error');
    expect(error.details).toBeUndefined();
    expect(JSON.stringify(error)).not.toContain('hunter2');
  });

  it('passes the caller correlation id into the handler', async () => {
    const correlationId = `corr-${randomUUID()}`;
    const response = await withCorrelationId(correlationId, () => client.request(SUBJECTS.correlation, actor, {}));
    expect(response).toEqual({ correlationId });
  });

  it('gives the handler a correlation id even when the caller had none', async () => {
    const response = await client.request<{ correlationId?: string }>(SUBJECTS.correlation, actor, {});
    expect(response.correlationId).toEqual(expect.any(String));
  });

  it('fails a subject nobody serves with UNAVAILABLE in well under a second', async () => {
    const started = performance.now();
    const error = await rejection(client.request(SUBJECTS.nobody, actor, {}, { timeoutMs: 5000 }));
    const elapsed = performance.now() - started;
    expect(error.code).toBe(ERROR_CODES.UNAVAILABLE);
    expect(elapsed).toBeLessThan(1000);
  });

  it('fails a handler slower than timeoutMs with TIMEOUT', async () => {
    const started = performance.now();
    const error = await rejection(client.request(SUBJECTS.slow, actor, {}, { timeoutMs: 200 }));
    expect(error.code).toBe(ERROR_CODES.TIMEOUT);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    releaseSlow();
  });

  it('fails fast with UNAVAILABLE while NATS itself is down, and recovers after', async () => {
    const disconnected = nextStatus(nc, Events.Disconnect);
    const reconnected = nextStatus(nc, Events.Reconnect);
    await server.pause();
    try {
      await disconnected;
      const started = performance.now();
      const error = await rejection(client.request(SUBJECTS.greet, actor, { name: 'Rex' }, { timeoutMs: 5000 }));
      expect(error.code).toBe(ERROR_CODES.UNAVAILABLE);
      expect(performance.now() - started).toBeLessThan(1000);
    } finally {
      await server.resume();
    }
    await reconnected;
    // The microservice's own connection reconnects on its own schedule; wait for its subscription.
    const response = waitFor(() => client.request(SUBJECTS.greet, actor, { name: 'Rex' }), { timeoutMs: 15_000 });
    await expect(response).resolves.toEqual({
      greeting: 'Hello, Rex',
      actorKind: 'anonymous',
    });
  });
});
