import { Client } from 'pg';
import { headers as natsHeaders, type JetStreamClient } from 'nats';
import type { DataSource } from 'typeorm';
import { HEADERS } from '@tailwise/contracts';
import { OUTBOX_CHANNEL } from './outbox';

export interface RelayLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface OutboxRelayOptions {
  listenUrl: string;
  batchSize?: number;
  /** Fallback poll when a NOTIFY was missed (listener reconnecting, another replica's write). */
  pollIntervalMs?: number;
  publishTimeoutMs?: number;
  /** How long published rows are kept for inspection before they are deleted. */
  retainPublishedHours?: number;
  /** Pause before reconnecting the LISTEN connection after it failed (default 1 s). */
  listenRetryMs?: number;
}

interface OutboxRow {
  id: string;
  subject: string;
  envelope: { correlationId?: string };
}

/**
 * Publishes committed outbox rows to JetStream, oldest first. Rows are claimed with
 * FOR UPDATE SKIP LOCKED so replicas share the work, and the event id is the Nats-Msg-Id
 * so a publish repeated after a crash is dropped by JetStream's duplicate window.
 */
export class OutboxRelay {
  private listener: Client | null = null;
  /** A LISTEN connection being opened; stop() waits for it so it cannot outlive the relay. */
  private listening: Promise<void> | null = null;
  private listenRetry: NodeJS.Timeout | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private draining: Promise<void> | null = null;
  private wakeAgain = false;
  private failures = 0;
  private lastCleanup = 0;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly publishTimeoutMs: number;
  private readonly retainPublishedHours: number;
  private readonly listenRetryMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly js: JetStreamClient,
    private readonly logger: RelayLogger,
    private readonly options: OutboxRelayOptions,
  ) {
    this.batchSize = options.batchSize ?? 100;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.publishTimeoutMs = options.publishTimeoutMs ?? 2000;
    this.retainPublishedHours = options.retainPublishedHours ?? 24;
    this.listenRetryMs = options.listenRetryMs ?? 1000;
  }

  async start(): Promise<void> {
    this.running = true;
    this.startListening();
    await this.listening;
    this.kick();
  }

  /** Stops polling and listening; resolves once no timer, drain or connection is left. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    if (this.listenRetry) clearTimeout(this.listenRetry);
    this.listenRetry = null;
    // A connect in flight sees `running` false when it completes and closes its own client.
    await this.listening;
    await this.draining;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  /** Asks for a drain now; coalesces with one already running. */
  kick(): void {
    if (!this.running) return;
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.draining = this.drainAll().finally(() => {
      this.draining = null;
      this.schedule();
    });
  }

  private schedule(): void {
    if (!this.running) return;
    const backoff = this.failures ? Math.min(5000, 100 * 2 ** this.failures) : 0;
    const delay = this.wakeAgain ? backoff : Math.max(backoff, this.pollIntervalMs);
    this.wakeAgain = false;
    this.timer = setTimeout(() => this.kick(), delay);
  }

  private async drainAll(): Promise<void> {
    try {
      while (this.running && (await this.publishBatch()) === this.batchSize);
      this.failures = 0;
      await this.cleanup();
    } catch (error) {
      this.failures++;
      if (this.failures === 1 || this.failures % 20 === 0) {
        this.logger.warn({ err: error, failures: this.failures }, 'outbox relay cannot publish yet; will retry');
      }
    }
  }

  /** Publishes one batch inside one transaction; a failed publish rolls the batch back. */
  private publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, subject, envelope FROM outbox WHERE published_at IS NULL
         ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      await Promise.all(
        rows.map((row) => {
          const h = natsHeaders();
          if (row.envelope.correlationId) h.set(HEADERS.correlationId, row.envelope.correlationId);
          return this.js.publish(row.subject, Buffer.from(JSON.stringify(row.envelope)), {
            msgID: row.id,
            headers: h,
            timeout: this.publishTimeoutMs,
          });
        }),
      );
      await manager.query(`UPDATE outbox SET published_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  private async cleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < 60 * 60 * 1000) return;
    this.lastCleanup = Date.now();
    await this.dataSource.query(
      `DELETE FROM outbox WHERE published_at < now() - make_interval(hours => $1)`,
      [this.retainPublishedHours],
    );
  }

  private startListening(): void {
    this.listening = this.listen().finally(() => {
      this.listening = null;
    });
  }

  /** Reconnects the listener later; the poll keeps events flowing meanwhile. */
  private retryListen(): void {
    if (!this.running || this.listenRetry) return;
    this.listenRetry = setTimeout(() => {
      this.listenRetry = null;
      if (!this.running) return;
      this.startListening();
      // Commits made while nobody listened sent their NOTIFY to no one: catch up once listening.
      void this.listening?.then(() => {
        if (this.listener) this.kick();
      });
    }, this.listenRetryMs);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.options.listenUrl });
    client.on('notification', () => this.kick());
    const lost = (error?: Error) => {
      // Only the live listener matters; a client already given up on (or ended by stop) is not news.
      if (this.listener !== client) return;
      this.listener = null;
      this.logger.warn({ err: error }, 'outbox listener lost its connection; polling meanwhile');
      void client.end().catch(() => undefined);
      this.retryListen();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox listener could not connect; polling meanwhile');
      await client.end().catch(() => undefined);
      this.retryListen();
      return;
    }
    if (!this.running) {
      // stop() was called while we were connecting: this client must not outlive the relay.
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }
}
