import { of, throwError, lastValueFrom } from 'rxjs';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { RpcMetricsInterceptor, rpcDuration } from './metrics';

function rpcContext(subject: string): ExecutionContext {
  return {
    getType: () => 'rpc',
    switchToRpc: () => ({ getContext: () => ({ getSubject: () => subject }) }),
  } as unknown as ExecutionContext;
}

async function count(subject: string, outcome: string): Promise<number> {
  const metric = await rpcDuration.get();
  return metric.values.find((v) => v.metricName === 'tailwise_rpc_handler_seconds_count' && v.labels['subject'] === subject && v.labels['outcome'] === outcome)?.value ?? 0;
}

describe('RpcMetricsInterceptor', () => {
  const interceptor = new RpcMetricsInterceptor();

  it('times each answered request by subject and outcome', async () => {
    const ok: CallHandler = { handle: () => of({ done: true }) };
    await lastValueFrom(interceptor.intercept(rpcContext('test.thing.get'), ok));
    expect(await count('test.thing.get', 'ok')).toBe(1);

    const failing: CallHandler = { handle: () => throwError(() => new Error('no')) };
    await expect(lastValueFrom(interceptor.intercept(rpcContext('test.thing.get'), failing))).rejects.toThrow('no');
    expect(await count('test.thing.get', 'error')).toBe(1);
  });

  it('leaves HTTP requests alone', async () => {
    const http = { getType: () => 'http' } as unknown as ExecutionContext;
    await lastValueFrom(interceptor.intercept(http, { handle: () => of(1) }));
    expect(await count('undefined', 'ok')).toBe(0);
  });
});
