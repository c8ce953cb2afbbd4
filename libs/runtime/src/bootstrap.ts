import 'reflect-metadata';
import { Logger as NestLogger, type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions, type NestMicroservice } from '@nestjs/microservices';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { RpcCorrelationInterceptor, RpcErrorFilter } from '@tailwise/messaging';
import { ensureDatabase } from '@tailwise/persistence';
import { RpcMetricsInterceptor } from './metrics';

export interface ServiceBootstrapOptions {
  name: string;
  module: Type<unknown> | DynamicModule;
  natsUrl: string;
  httpHost: string;
  httpPort: number;
  shutdownGraceMs: number;
  database?: { serverUrl: string; name: string };
  /** Exit on SIGTERM/SIGINT (default true); in-process tests leave the test runner's signals alone. */
  handleSignals?: boolean;
}

/**
 * Starts a service: its database exists, its NATS request handlers join the service's queue
 * group (replicas share requests), and its HTTP port serves health and metrics. SIGTERM
 * stops taking requests, drains what is in flight, and exits; a drain that overruns the
 * grace period exits anyway so the orchestrator is never left waiting.
 */
export async function bootstrapService(options: ServiceBootstrapOptions): Promise<INestApplication> {
  if (options.database) await ensureDatabase(options.database.serverUrl, options.database.name);
  const app = await NestFactory.create<NestFastifyApplication>(options.module, new FastifyAdapter(), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const microservice = app.connectMicroservice<MicroserviceOptions>({
    transport: Transport.NATS,
    options: {
      servers: options.natsUrl.split(','),
      name: `${options.name}-rpc`,
      queue: options.name,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      gracefulShutdown: true,
      // Handlers get this long to finish after the subscription stops; Nest waits it out in full.
      gracePeriod: Math.min(options.shutdownGraceMs, 1500),
    },
    // Deferred so the filter and interceptors below exist before handlers are wired.
  }, { deferInitialization: true }) as NestMicroservice;
  microservice.useGlobalFilters(new RpcErrorFilter());
  microservice.useGlobalInterceptors(new RpcCorrelationInterceptor(), new RpcMetricsInterceptor());
  // Lifecycle hooks (event consumers, the outbox relay) run once, here. A deferred microservice
  // shares the app's modules but would run every hook a second time when it starts, which
  // registered each event handler twice and pulled each durable consumer from several loops.
  await app.init();
  microservice.setIsInitHookCalled(true);
  await app.startAllMicroservices();
  await app.listen(options.httpPort, options.httpHost);
  if (options.handleSignals ?? true) handleSignals(app, options.shutdownGraceMs);
  return app;
}

/** Gracefully closes the app on SIGTERM/SIGINT within the grace period. */
export function handleSignals(app: INestApplication, graceMs: number): void {
  const logger = new NestLogger('Shutdown');
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received; draining`);
    const force = setTimeout(() => {
      logger.error('drain overran the grace period; exiting');
      process.exit(1);
    }, graceMs);
    force.unref();
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error(error);
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

/** For the cluster's migrations Job: create the database, run pending migrations, exit. */
export async function migrateOnly(serverUrl: string, databaseName: string, options: DataSourceOptions): Promise<void> {
  await ensureDatabase(serverUrl, databaseName);
  const dataSource = new DataSource({ ...options, migrationsRun: false });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    new NestLogger('Migrations').log(`${databaseName}: ${applied.length} migration(s) applied`);
  } finally {
    await dataSource.destroy();
  }
}
