import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { withCorrelationId } from '@tailwise/messaging';

/**
 * The request id (the client's x-correlation-id, or a fresh one; echoed on every response
 * by an onRequest hook) becomes the correlation id of every NATS call made for it.
 */
@Injectable()
export class HttpCorrelationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    return new Observable((subscriber) => withCorrelationId(request.id, () => next.handle().subscribe(subscriber)));
  }
}
