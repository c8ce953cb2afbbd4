import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toHttpError } from './error-response';
import { WebAppFiles } from '../web/web-app-files';

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  constructor(private readonly web: WebAppFiles) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { status, body } = toHttpError(exception);
    // Unknown page paths belong to the single-page apps' own routers.
    if (status === 404 && request.method === 'GET') {
      const page = this.web.indexFor(request.url);
      if (page) {
        void reply.status(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page);
        return;
      }
    }
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (status === 429) void reply.header('retry-after', String(retryAfter(body.details)));
    void reply.status(status).send(body);
  }
}

function retryAfter(details: unknown): number {
  const seconds = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' ? seconds : 60;
}
