import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common';
import type { NatsConnection } from 'nats';
import { DataSource } from 'typeorm';
import { connectNats } from './nats-connection';
import { ensureEventsStream } from './event-stream';
import { EventConsumers } from './event-consumers';
import { OutboxRelay } from './outbox-relay';
import { RpcClient } from './rpc-client';

export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface MessagingModuleOptions {
  /** Comma-separated NATS server URLs. */
  servers: string;
  /** Connection name shown by the NATS server; the app's name. */
  name: string;
  rpcTimeoutMs?: number;
  /** Present for services that own a database: enables the outbox relay and consumers. */
  outbox?: { listenUrl: string };
}

@Injectable()
class NatsLifecycle implements OnApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) private readonly nc: NatsConnection) {}

  async onApplicationShutdown(): Promise<void> {
    // Drain lets in-flight requests and publishes finish before the socket closes.
    if (!this.nc.isClosed()) await this.nc.drain().catch(() => undefined);
  }
}

/** Starts the outbox relay and the event consumers once every module has registered its handlers. */
@Injectable()
export class MessagingRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Messaging');
  readonly consumers: EventConsumers;
  private readonly relay: OutboxRelay;

  constructor(
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) options: MessagingModuleOptions,
    dataSource: DataSource,
  ) {
    const log = {
      warn: (obj: object, msg: string) => this.logger.warn({ ...obj, msg }),
      error: (obj: object, msg: string) => this.logger.error({ ...obj, msg }),
    };
    if (!options.outbox) throw new Error('MessagingRuntime needs MessagingModuleOptions.outbox');
    this.consumers = new EventConsumers(nc, dataSource, log);
    this.relay = new OutboxRelay(dataSource, nc.jetstream(), log, { listenUrl: options.outbox.listenUrl });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.relay.start();
    await this.consumers.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumers.stop();
    await this.relay.stop();
  }
}

@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: MESSAGING_OPTIONS, useValue: options },
      {
        provide: NATS_CONNECTION,
        useFactory: async () => {
          const nc = await connectNats(options.servers, options.name);
          await ensureEventsStream(nc);
          return nc;
        },
      },
      NatsLifecycle,
      {
        provide: RpcClient,
        useFactory: (nc: NatsConnection) => new RpcClient(nc, options.rpcTimeoutMs),
        inject: [NATS_CONNECTION],
      },
    ];
    const exported: (symbol | typeof RpcClient | typeof MessagingRuntime)[] = [NATS_CONNECTION, RpcClient];
    if (options.outbox) {
      providers.push(MessagingRuntime);
      exported.push(MessagingRuntime);
    }
    return { module: MessagingModule, providers, exports: exported };
  }
}
