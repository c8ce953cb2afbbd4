import { currentCorrelationId, withCorrelationId } from './correlation';

describe('withCorrelationId', () => {
  it('exposes the id to everything inside, across awaits and timers', async () => {
    const seen = await withCorrelationId('corr-1', async () => {
      const first = currentCorrelationId();
      await Promise.resolve();
      const afterAwait = currentCorrelationId();
      const inTimer = await new Promise<string | undefined>((resolve) => setImmediate(() => resolve(currentCorrelationId())));
      return [first, afterAwait, inTimer];
    });
    expect(seen).toEqual(['corr-1', 'corr-1', 'corr-1']);
  });

  it('has no id outside any scope, and restores the outer one after a nested scope', () => {
    expect(currentCorrelationId()).toBeUndefined();
    withCorrelationId('outer', () => {
      withCorrelationId('inner', () => expect(currentCorrelationId()).toBe('inner'));
      expect(currentCorrelationId()).toBe('outer');
    });
    expect(currentCorrelationId()).toBeUndefined();
  });

  it('keeps concurrent scopes apart', async () => {
    const read = (id: string) =>
      withCorrelationId(id, async () => {
        await new Promise((resolve) => setImmediate(resolve));
        return currentCorrelationId();
      });
    await expect(Promise.all([read('a'), read('b'), read('c')])).resolves.toEqual(['a', 'b', 'c']);
  });

  it.each([undefined, ''])('makes up a fresh uuid when the caller has none (%p)', (missing) => {
    const first = withCorrelationId(missing, () => currentCorrelationId());
    const second = withCorrelationId(missing, () => currentCorrelationId());
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second).not.toBe(first);
  });

  it('returns what the function returns', () => {
    expect(withCorrelationId('x', () => 42)).toBe(42);
  });
});
