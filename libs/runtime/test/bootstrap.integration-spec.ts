import { Controller, Injectable, Module, type INestApplication, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { LoggerModule } from 'nestjs-pino';
import { connect, JSONCodec, type NatsConnection } from 'nats';
import { freePort, startNatsServer, type TestNatsServer } from '@tailwise/testing';
import { bootstrapService } from '../src';

/** Counts lifecycle hook calls: consumers and the outbox relay start from these hooks. */
@Injectable()
class HookCounter implements OnModuleInit, OnApplicationBootstrap {
  static moduleInit = 0;
  static bootstrap = 0;
  onModuleInit(): void {
    HookCounter.moduleInit++;
  }
  onApplicationBootstrap(): void {
    HookCounter.bootstrap++;
  }
}

/** A subject only this test serves: not part of any service's contract. */
const PING_SUBJECT = 'runtime-test.ping';

@Controller()
class PingController {
  @MessagePattern(PING_SUBJECT)
  ping(): string {
    return 'pong';
  }
}

@Module({ imports: [LoggerModule.forRoot({ pinoHttp: { enabled: false } })], controllers: [PingController], providers: [HookCounter] })
class TestModule {}

describe('bootstrapService', () => {
  let nats: TestNatsServer;
  let app: INestApplication;
  let client: NatsConnection;

  beforeAll(async () => {
    nats = await startNatsServer();
    app = await bootstrapService({
      name: 'runtime-test',
      module: TestModule,
      natsUrl: nats.url,
      httpHost: '127.0.0.1',
      httpPort: await freePort(),
      shutdownGraceMs: 2000,
      handleSignals: false,
    });
    client = await connect({ servers: nats.url });
  });

  afterAll(async () => {
    await client?.close();
    await app?.close();
    await nats?.stop();
  });

  it('runs each lifecycle hook once, though the app and its NATS microservice share the modules', () => {
    expect(HookCounter.moduleInit).toBe(1);
    expect(HookCounter.bootstrap).toBe(1);
  });

  it('answers requests over NATS', async () => {
    // Nest's NATS packet: a request is one with an id.
    const codec = JSONCodec();
    const reply = await client.request(PING_SUBJECT, codec.encode({ pattern: PING_SUBJECT, data: {}, id: '1' }), { timeout: 5000 });
    expect(codec.decode(reply.data)).toMatchObject({ response: 'pong' });
  });
});
