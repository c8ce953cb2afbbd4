import { Controller, Get, Header, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';
import { Histogram, collectDefaultMetrics, register } from 'prom-client';

let defaultsCollected = false;
/** Process metrics (CPU, memory, event loop lag) once per process. */
export function collectProcessMetrics(app: string): void {
  if (defaultsCollected) return;
  defaultsCollected = true;
  register.setDefaultLabels({ app });
  collectDefaultMetrics();
}

export const rpcDuration = new Histogram({
  name: 'tailwise_rpc_handler_seconds',
  help: 'Time a service took to answer a request, by subject and outcome',
  labelNames: ['subject', 'outcome'],
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('Content-Type', register.contentType)
  metrics(): Promise<string> {
    return register.metrics();
  }
}

@Injectable()
export class RpcMetricsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const subject = context.switchToRpc().getContext<{ getSubject(): string }>().getSubject();
    const end = rpcDuration.startTimer({ subject });
    return next.handle().pipe(
      tap({ next: () => end({ outcome: 'ok' }), error: () => end({ outcome: 'error' }) }),
    );
  }
}
