import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { DynamicModule } from '@nestjs/common';
import { HEADERS } from '@tailwise/contracts';
import { currentCorrelationId } from '@tailwise/messaging';

/**
 * JSON logs with the correlation id on every line: taken from the request header at the
 * gateway, from NATS headers in services (the async context), so one id follows a call
 * through every hop.
 */
export function loggingModule(name: string, level: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      name,
      level,
      genReqId: (req: IncomingMessage) => {
        const header = req.headers[HEADERS.correlationId];
        return (Array.isArray(header) ? header[0] : header) || randomUUID();
      },
      customProps: (req: IncomingMessage) => ({ correlationId: (req as IncomingMessage & { id?: string }).id }),
      mixin: () => {
        const correlationId = currentCorrelationId();
        return correlationId ? { correlationId } : {};
      },
      // Probes and scrapes would drown the log.
      autoLogging: { ignore: (req: IncomingMessage) => /^\/(health|metrics)/.test(req.url ?? '') },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      serializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }) },
    },
  });
}
