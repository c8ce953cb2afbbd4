import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { JetStreamManager, NatsConnection } from 'nats';
import { DataSource } from 'typeorm';
import { RpcClient, connectNats, ensureEventsStream } from '@tailwise/messaging';
import { createTestDatabase, type TestDatabase } from '@tailwise/persistence';
import { bootstrapService, type ServiceConfig } from '@tailwise/runtime';
import { startNatsServer, type TestNatsServer } from '@tailwise/testing';

export interface ServiceHarnessOptions<C extends ServiceConfig> {
  name: string;
  loadConfig(env: NodeJS.ProcessEnv): C;
  module(config: C): DynamicModule;
  /** More environment for the service (SMTP settings, limits...). */
  env?: Record<string, string>;
  rpcTimeoutMs?: number;
}

/** A service booted in this process on its own database and nats-server, and a client to call it. */
export interface ServiceHarness<C extends ServiceConfig> {
  config: C;
  app: INestApplication;
  dataSource: DataSource;
  db: TestDatabase;
  nats: TestNatsServer;
  nc: NatsConnection;
  jsm: JetStreamManager;
  rpc: RpcClient;
  close(): Promise<void>;
}

export async function startServiceHarness<C extends ServiceConfig>(options: ServiceHarnessOptions<C>): Promise<ServiceHarness<C>> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    cleanups.length = 0;
  };
  try {
    const db = await createTestDatabase(options.name);
    cleanups.push(() => db.drop());
    const nats = await startNatsServer();
    cleanups.push(() => nats.stop());
    const config = options.loadConfig({
      DATABASE_URL: db.serverUrl,
      DATABASE_NAME: db.name,
      NATS_URL: nats.url,
      LOG_LEVEL: 'silent',
      ...options.env,
    });
    const app = await bootstrapService({
      name: options.name,
      module: options.module(config),
      natsUrl: config.NATS_URL,
      httpHost: '127.0.0.1',
      httpPort: 0,
      // Nest's NATS server sleeps out its grace period on close even when idle.
      shutdownGraceMs: 500,
      database: { serverUrl: config.DATABASE_URL, name: config.DATABASE_NAME },
      handleSignals: false,
    });
    cleanups.push(() => app.close());
    const nc = await connectNats(nats.url, `${options.name}-test`);
    cleanups.push(async () => {
      if (!nc.isClosed()) await nc.close();
    });
    await ensureEventsStream(nc);
    return {
      config,
      app,
      dataSource: app.get(DataSource),
      db,
      nats,
      nc,
      jsm: await nc.jetstreamManager(),
      rpc: new RpcClient(nc, options.rpcTimeoutMs ?? 5_000),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
