import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { HEADERS } from '@tailwise/contracts';
import type { GatewayConfig } from '../config';
import { WebAppFiles } from '../web/web-app-files';

/** Security headers, cookies, the OpenAPI document and the two web apps' static files. */
export async function setupHttp(app: NestFastifyApplication, config: GatewayConfig): Promise<void> {
  const https = config.PUBLIC_URL.startsWith('https:');
  // Built once: @fastify/helmet would rebuild helmet (and re-parse the CSP) on every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine and Swagger UI set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    strictTransportSecurity: https,
  });
  // Every response, including errors raised before any route matched, names its request
  // and carries the security headers.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      void reply.header(HEADERS.correlationId, request.id);
      securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
    });
  await app.register(fastifyCookie);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Tailwise API')
      .setDescription('HQ (staff) routes under /api/hq, Portal routes under /api/portal')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, cleanupOpenApiDoc(document));

  const web = app.get(WebAppFiles);
  // Only files present at boot get routes (wildcard off); other paths fall through to the
  // not-found handling, which answers page routes with the app's index.html.
  const serve = async (root: string, prefix: string, decorateReply: boolean) => {
    if (!existsSync(root)) return;
    await app.register(fastifyStatic, {
      root,
      prefix,
      wildcard: false,
      decorateReply,
      setHeaders: (res, path) => {
        const hashed = /[/\\]assets[/\\]/.test(path);
        res.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  };
  await serve(web.portalRoot, '/portal/', true);
  await serve(web.hqRoot, '/', false);
}
