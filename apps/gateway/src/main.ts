import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { ERROR_CODES, HEADERS } from '@tailwise/contracts';
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
    // A malformed URL gets our error shape, not Fastify's.
    frameworkErrors: (_error: unknown, _request: unknown, reply: FastifyReply) => {
      void reply.code(400).send({ code: ERROR_CODES.VALIDATION, message: 'Malformed URL' });
    },
  });
  // bodyParser off: Nest would add a form-urlencoded parser, letting any site's plain HTML
  // form post to sign-in or sign-up (login CSRF). Fastify's own JSON parser remains.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  await setupHttp(app, config);
  await app.listen(config.HTTP_PORT, config.HTTP_HOST);
  handleSignals(app, config.SHUTDOWN_GRACE_MS);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
