import { createServer, type Server } from 'node:net';
import { existsSync } from 'node:fs';
import { Events, connect, type NatsConnection } from 'nats';
import { freePort, nextStatus, startNatsServer } from './nats-server';

function listenOn(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('freePort', () => {
  it('returns a port that can be bound at once', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    const server = await listenOn(port);
    await new Promise((resolve) => server.close(resolve));
  });
});

describe('startNatsServer', () => {
  it('serves JetStream, keeps its data over a restart on the same port, and cleans up on stop', async () => {
    const server = await startNatsServer();
    let nc: NatsConnection | null = null;
    try {
      expect(server.url).toBe(`nats://127.0.0.1:${server.port}`);
      expect(existsSync(server.storeDir)).toBe(true);
      nc = await connect({ servers: server.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
      const jsm = await nc.jetstreamManager();
      await jsm.streams.add({ name: 'PROBE', subjects: ['probe.>'] });
      await nc.jetstream().publish('probe.one', new TextEncoder().encode('kept'));

      const reconnected = nextStatus(nc, Events.Reconnect);
      await server.restart();
      await reconnected;

      // The same client reconnects to the same port and finds the stream and its message.
      const info = await jsm.streams.info('PROBE');
      expect(info.state.messages).toBe(1);
    } finally {
      await nc?.close();
      await server.stop();
    }
    expect(existsSync(server.storeDir)).toBe(false);
    await server.stop(); // a second stop is harmless
  });

  it('is unreachable while paused and reachable again after resume', async () => {
    const server = await startNatsServer({ jetstream: false });
    try {
      await server.pause();
      await expect(connect({ servers: server.url, reconnect: false })).rejects.toThrow();
      await server.resume();
      const nc = await connect({ servers: server.url });
      await nc.close();
    } finally {
      await server.stop();
    }
  });

  it('gives servers started together their own ports and stores', async () => {
    const servers = await Promise.all([startNatsServer(), startNatsServer(), startNatsServer()]);
    try {
      expect(new Set(servers.map((s) => s.port)).size).toBe(3);
      expect(new Set(servers.map((s) => s.storeDir)).size).toBe(3);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  });

  it('reports why a server could not start', async () => {
    await expect(startNatsServer({ binary: '/nonexistent/nats-server' })).rejects.toThrow(/ENOENT/);
  });
});
