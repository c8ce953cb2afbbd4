export interface WaitForOptions {
  /** Give up after this long; keep it well below the test's own timeout. */
  timeoutMs?: number;
  intervalMs?: number;
  /** Names the condition in the timeout error, so a failing test says what never happened. */
  description?: string;
}

/**
 * Polls `probe` until it returns a value other than `undefined`, `null` or `false`, and
 * resolves with that value. A probe that throws (a failed `expect`, a query against a table
 * not there yet) counts as "not yet"; if time runs out, the last such error is rethrown so
 * the test reports the real mismatch rather than a bare timeout.
 *
 * Tests use this instead of fixed sleeps: it returns as soon as the condition holds, and a
 * slow machine only costs time, not a flaky failure.
 */
export async function waitFor<T>(
  probe: () => T | Promise<T>,
  { timeoutMs = 10_000, intervalMs = 25, description = 'condition' }: WaitForOptions = {},
): Promise<Exclude<T, undefined | null | false>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value as Exclude<T, undefined | null | false>;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      if (lastError !== undefined) throw lastError;
      throw new Error(`waitFor: ${description} did not hold within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
