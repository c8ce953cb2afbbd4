import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { HEADERS } from '@tailwise/contracts';
import { withCorrelationId } from '@tailwise/messaging';

/**
 * The request id (the client's x-correlation-id, or a fresh one) becomes the correlation
 * id of every NATS call made for this request, and is echoed back for support tickets.
 */
@Injectable()
export class HttpCorrelationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    void http.getResponse<FastifyReply>().header(HEADERS.correlationId, request.id);
    return new Observable((subscriber) => withCorrelationId(request.id, () => next.handle().subscribe(subscriber)));
  }
}
