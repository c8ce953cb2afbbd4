import { connect, type ConnectionOptions, type NatsConnection } from 'nats';

/**
 * Connects with endless reconnects: a service outlives a NATS restart instead of crashing,
 * and readiness reports the outage meanwhile.
 */
export function connectNats(servers: string, name: string, extra: Partial<ConnectionOptions> = {}): Promise<NatsConnection> {
  return connect({
    servers: servers.split(','),
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    waitOnFirstConnect: true,
    ...extra,
  });
}
