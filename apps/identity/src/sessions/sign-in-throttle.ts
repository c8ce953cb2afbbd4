import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, ERROR_CODES } from '@tailwise/contracts';
import { IDENTITY_CONFIG } from '../identity.tokens';
import type { IdentityConfig } from '../config';

/**
 * Counts failed sign-ins per account and per address in the database, so the limit holds
 * across every identity replica. A fixed window: simple, and enough to stop guessing.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const rows: { key: string; count: number }[] = await this.dataSource.query(
      `SELECT key, count FROM throttle_counters
       WHERE key = ANY($1) AND window_started_at > now() - make_interval(secs => $2)`,
      [[accountKey(email), addressKey(ip)], this.config.SIGN_IN_WINDOW_SECONDS],
    );
    const count = (key: string) => rows.find((r) => r.key === key)?.count ?? 0;
    if (
      count(accountKey(email)) >= this.config.SIGN_IN_MAX_FAILURES_PER_ACCOUNT ||
      count(addressKey(ip)) >= this.config.SIGN_IN_MAX_FAILURES_PER_ADDRESS
    ) {
      throw new AppError(ERROR_CODES.RATE_LIMITED, 'Too many sign-in attempts. Try again later.', {
        retryAfterSeconds: this.config.SIGN_IN_WINDOW_SECONDS,
      });
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO throttle_counters (key, window_started_at, count)
       SELECT k, now(), 1 FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN throttle_counters.window_started_at > now() - make_interval(secs => $2)
                      THEN throttle_counters.count + 1 ELSE 1 END,
         window_started_at = CASE WHEN throttle_counters.window_started_at > now() - make_interval(secs => $2)
                      THEN throttle_counters.window_started_at ELSE now() END`,
      [[accountKey(email), addressKey(ip)], this.config.SIGN_IN_WINDOW_SECONDS],
    );
  }

  /** A correct password clears the account's count, not the address's. */
  async recordSuccess(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM throttle_counters WHERE key = $1`, [accountKey(email)]);
  }
}

const accountKey = (email: string) => `account:${email}`;
const addressKey = (ip: string) => `address:${ip}`;
