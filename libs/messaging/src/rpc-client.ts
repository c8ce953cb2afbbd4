import { randomUUID } from 'node:crypto';
import { Events, ErrorCode as NatsErrorCode, headers as natsHeaders, type NatsConnection } from 'nats';
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
  /** False from a disconnect until the reconnect; the connection is open when we get it. */
  private connected = true;

  constructor(
    private readonly nc: NatsConnection,
    private readonly defaultTimeoutMs = 5000,
  ) {
    void this.trackConnection().catch(() => undefined);
  }

  async request<T>(subject: string, actor: Actor, data: unknown, options: RpcCallOptions = {}): Promise<T> {
    // nats.js drops whatever is sent while it is disconnected (each reconnect attempt resets
    // its outbound buffer), so a request now could only wait out its timeout: refuse it at once.
    if (!this.connected) throw new AppError(ERROR_CODES.UNAVAILABLE, 'Messaging is not available');
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

  private async trackConnection(): Promise<void> {
    // Ends when the connection closes; a closed connection fails requests by itself.
    for await (const status of this.nc.status()) {
      if (status.type === Events.Disconnect) this.connected = false;
      else if (status.type === Events.Reconnect) this.connected = true;
    }
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
