import { waitFor } from './wait-for';

describe('waitFor', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('resolves with the first value that is not undefined, null or false', async () => {
    const values = [undefined, null, false, 0, 'later'];
    let calls = 0;
    const result = waitFor(() => values[calls++], { intervalMs: 10 });
    await jest.advanceTimersByTimeAsync(30);
    // 0 is a real value: only undefined, null and false mean "not yet".
    await expect(result).resolves.toBe(0);
    expect(calls).toBe(4);
  });

  it('awaits async probes and treats a throw as "not yet"', async () => {
    let calls = 0;
    const result = waitFor(
      async () => {
        calls++;
        if (calls < 3) throw new Error('not yet');
        return 'ready';
      },
      { intervalMs: 5 },
    );
    await jest.advanceTimersByTimeAsync(10);
    await expect(result).resolves.toBe('ready');
  });

  it('rethrows the last error of a probe that never passes, so the real mismatch is reported', async () => {
    let calls = 0;
    const result = waitFor(
      () => {
        calls++;
        throw new Error(`mismatch #${calls}`);
      },
      { timeoutMs: 100, intervalMs: 20 },
    );
    const assertion = expect(result).rejects.toThrow(/^mismatch #\d+$/);
    await jest.advanceTimersByTimeAsync(200);
    await assertion;
    // Polled on the interval until the deadline, not once and not in a busy loop.
    expect(calls).toBeGreaterThanOrEqual(5);
    expect(calls).toBeLessThanOrEqual(7);
  });

  it('names the condition when it times out without an error', async () => {
    const result = waitFor(() => false, { timeoutMs: 50, description: 'the row to appear' });
    const assertion = expect(result).rejects.toThrow('waitFor: the row to appear did not hold within 50 ms');
    await jest.advanceTimersByTimeAsync(100);
    await assertion;
  });
});
