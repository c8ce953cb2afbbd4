import {
  Catch,
  Injectable,
  Logger,
  type ArgumentsHost,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type RpcExceptionFilter,
} from '@nestjs/common';
import { NatsContext } from '@nestjs/microservices';
import { Observable, throwError } from 'rxjs';
import { z } from 'zod';
import { AppError, ERROR_CODES, HEADERS, actorSchema, parseOrThrow, type Actor, type ErrorBody } from '@tailwise/contracts';
import { withCorrelationId } from './correlation';

/**
 * Sends every failure as `{ code, message, details }`. Deliberate AppErrors pass through;
 * anything unexpected is logged here and leaves as a bare INTERNAL, never a stack trace.
 */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('Rpc');

  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => this.toBody(exception));
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof AppError) return exception.toBody();
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return { code: ERROR_CODES.INTERNAL, message: 'Internal error' };
  }
}

/** Carries the caller's correlation id from the NATS headers into logs and outgoing events. */
@Injectable()
export class RpcCorrelationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const natsContext = context.switchToRpc().getContext<NatsContext>();
    const correlationId = natsContext.getHeaders?.()?.get(HEADERS.correlationId) || undefined;
    return new Observable((subscriber) => withCorrelationId(correlationId, () => next.handle().subscribe(subscriber)));
  }
}

/** Validates an incoming `{ actor, data }` envelope, answering VALIDATION naming the field. */
export function parseRpc<T extends z.ZodType>(schema: T, payload: unknown): { actor: Actor; data: z.output<T> } {
  const envelope = parseOrThrow(rpcEnvelopeSchema, payload);
  // Parsed apart so that error paths name the field itself (`email`), not `data.email`.
  return { actor: envelope.actor, data: parseOrThrow(schema, envelope.data) };
}

const rpcEnvelopeSchema = z.object({ actor: actorSchema, data: z.unknown() });

/** The caller must be staff; returns its organization scope. */
export function requireStaff(actor: Actor): Extract<Actor, { kind: 'staff' }> {
  if (actor.kind !== 'staff') throw new AppError(ERROR_CODES.UNAUTHENTICATED, 'Staff sign-in required');
  return actor;
}

/**
 * The caller must be a portal user whose request the gateway tied to an active link; returns
 * the link, the only scope a portal read may use (the linked client at that organization).
 */
export function requirePortalLink(actor: Actor): Extract<Actor, { kind: 'portal' }> & { link: { organizationId: string; clientId: string } } {
  if (actor.kind !== 'portal') throw new AppError(ERROR_CODES.UNAUTHENTICATED, 'Portal sign-in required');
  if (!actor.link) throw new AppError(ERROR_CODES.FORBIDDEN, 'This request is not tied to a clinic your account is linked with');
  return { ...actor, link: actor.link };
}
