import { randomUUID } from 'node:crypto';
import { ErrorCode as NatsErrorCode, headers as natsHeaders, type NatsConnection } from 'nats';
import { AppError, ERROR_CODES, HEADERS, errorBodySchema, type Actor } from '@tailwise/contracts';
import { currentCorrelationId } from './correlation';

export interface RpcCallOptions {
  timeoutMs?: number;
}

/**
 * Request-reply over NATS in the wire format of @nestjs/microservices, so services answer
 * with plain @MessagePattern handlers. It uses nats.js `request` rather than Nest's
 * ClientProxy because only `request` reports "no responders" at once: a call to a service
 * that is down fails in milliseconds instead of waiting out its timeout.
 */
export class RpcClient {
  constructor(
    private readonly nc: NatsConnection,
    private readonly defaultTimeoutMs = 5000,
  ) {}

  async request<T>(subject: string, actor: Actor, data: unknown, options: RpcCallOptions = {}): Promise<T> {
    const h = natsHeaders();
    h.set(HEADERS.correlationId, currentCorrelationId() ?? randomUUID());
    const packet = { pattern: subject, data: { actor, data }, id: randomUUID() };
    let reply;
    try {
      reply = await this.nc.request(subject, Buffer.from(JSON.stringify(packet)), {
        timeout: options.timeoutMs ?? this.defaultTimeoutMs,
        headers: h,
      });
    } catch (error) {
      throw toTransportError(subject, error);
    }
    const body = reply.json<{ err?: unknown; response?: T }>();
    if (body.err !== undefined && body.err !== null) throw fromWireError(body.err);
    return body.response as T;
  }
}

function toTransportError(subject: string, error: unknown): AppError {
  const code = (error as { code?: string }).code;
  if (code === NatsErrorCode.NoResponders) {
    return new AppError(ERROR_CODES.UNAVAILABLE, `The service behind ${subject} is not available`);
  }
  if (code === NatsErrorCode.Timeout) {
    return new AppError(ERROR_CODES.TIMEOUT, `The service behind ${subject} did not answer in time`);
  }
  return new AppError(ERROR_CODES.UNAVAILABLE, 'Messaging is not available');
}

/** Rebuilds an AppError from a service's `{ code, message, details }`; anything else is internal. */
export function fromWireError(err: unknown): AppError {
  const parsed = errorBodySchema.safeParse(err);
  if (parsed.success) return new AppError(parsed.data.code, parsed.data.message, parsed.data.details);
  return new AppError(ERROR_CODES.INTERNAL, 'Internal error');
}
