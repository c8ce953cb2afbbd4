import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, ERROR_CODES, type AudienceName } from '@tailwise/contracts';
import { IDENTITY_CONFIG } from '../identity.tokens';
import type { IdentityConfig } from '../config';

/** What one reset request may do after being counted: an address over its limit is refused outright. */
export interface ResetRequestAllowance {
  addressExceeded: boolean;
  /** Too many requests for this email: the caller sends nothing, and says nothing different. */
  accountExceeded: boolean;
}

/**
 * Counts failed sign-ins per account and per address in the database, so the limit holds
 * across every identity replica. A fixed window: simple, and enough to stop guessing.
 * Accounts are counted per audience: a staff and a portal user may share an email.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  async assertAllowed(audience: AudienceName, email: string, ip: string): Promise<void> {
    const account = accountKey(audience, email);
    const address = addressKey(ip);
    const rows: { key: string; count: number }[] = await this.dataSource.query(
      `SELECT key, count FROM throttle_counters
       WHERE key = ANY($1) AND window_started_at > now() - make_interval(secs => $2)`,
      [[account, address], this.config.SIGN_IN_WINDOW_SECONDS],
    );
    const count = (key: string) => rows.find((r) => r.key === key)?.count ?? 0;
    if (
      count(account) >= this.config.SIGN_IN_MAX_FAILURES_PER_ACCOUNT ||
      count(address) >= this.config.SIGN_IN_MAX_FAILURES_PER_ADDRESS
    ) {
      throw tooMany('Too many sign-in attempts. Try again later.', this.config.SIGN_IN_WINDOW_SECONDS);
    }
  }

  async recordFailure(audience: AudienceName, email: string, ip: string): Promise<void> {
    await this.increment([accountKey(audience, email), addressKey(ip)]);
  }

  /** A correct password clears the account's count, not the address's. */
  async recordSuccess(audience: AudienceName, email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM throttle_counters WHERE key = $1`, [accountKey(audience, email)]);
  }

  /**
   * Counts a forgot-password request under keys of its own (sign-in failures and reset emails
   * must not use up each other's allowance), with the sign-in limits: an address cannot spray
   * reset emails, and one inbox cannot be flooded from many addresses.
   */
  async recordResetRequest(audience: AudienceName, email: string, ip: string): Promise<ResetRequestAllowance> {
    const account = `reset-account:${audience}:${email}`;
    const address = `reset-address:${ip}`;
    const counts = await this.increment([account, address]);
    return {
      addressExceeded: (counts.get(address) ?? 0) > this.config.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
      accountExceeded: (counts.get(account) ?? 0) > this.config.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
    };
  }

  /** Raised when an address asked for too many reset emails. */
  resetRefused(): AppError {
    return tooMany('Too many requests. Try again later.', this.config.SIGN_IN_WINDOW_SECONDS);
  }

  /** Adds one to each key in one atomic statement; answers the new counts. */
  private async increment(keys: string[]): Promise<Map<string, number>> {
    const rows: { key: string; count: number }[] = await this.dataSource.query(
      `INSERT INTO throttle_counters (key, window_started_at, count)
       SELECT k, now(), 1 FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN throttle_counters.window_started_at > now() - make_interval(secs => $2)
                      THEN throttle_counters.count + 1 ELSE 1 END,
         window_started_at = CASE WHEN throttle_counters.window_started_at > now() - make_interval(secs => $2)
                      THEN throttle_counters.window_started_at ELSE now() END
       RETURNING key, count`,
      [keys, this.config.SIGN_IN_WINDOW_SECONDS],
    );
    return new Map(rows.map((r) => [r.key, r.count]));
  }
}

const accountKey = (audience: AudienceName, email: string) => `account:${audience}:${email}`;
const addressKey = (ip: string) => `address:${ip}`;

function tooMany(message: string, retryAfterSeconds: number): AppError {
  return new AppError(ERROR_CODES.RATE_LIMITED, message, { retryAfterSeconds });
}
