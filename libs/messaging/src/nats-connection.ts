import { connect, type ConnectionOptions, type NatsConnection } from 'nats';

/**
 * Connects with endless reconnects: a service outlives a NATS restart instead of crashing,
 * and readiness reports the outage meanwhile.
 */
export function connectNats(servers: string, name: string, extra: Partial<ConnectionOptions> = {}): Promise<NatsConnection> {
  return connect({
    // Tolerates `a, b` and a trailing comma in the environment variable.
    servers: servers
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    waitOnFirstConnect: true,
    ...extra,
  });
}
