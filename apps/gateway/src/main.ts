import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { HEADERS } from '@tailwise/contracts';
import { handleSignals } from '@tailwise/runtime';
import { AppModule } from './app.module';
import { loadGatewayConfig } from './config';
import { setupHttp } from './http/setup-http';

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY_HOPS || false,
    requestIdHeader: HEADERS.correlationId,
    genReqId: () => randomUUID(),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await setupHttp(app, config);
  await app.listen(config.HTTP_PORT, config.HTTP_HOST);
  handleSignals(app, config.SHUTDOWN_GRACE_MS);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
