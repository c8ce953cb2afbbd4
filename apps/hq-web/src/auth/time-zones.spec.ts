import { timeZoneSchema } from '@tailwise/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserTimeZone, timeZoneOptions } from './time-zones';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('time zones', () => {
  it("defaults to the browser's zone", () => {
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      ...new Intl.DateTimeFormat().resolvedOptions(),
      timeZone: 'America/Chicago',
    });
    expect(browserTimeZone()).toBe('America/Chicago');
  });

  it('offers every zone sorted, each accepted by the contract, with its offset', () => {
    const options = timeZoneOptions('America/Chicago', new Date('2030-01-15T12:00:00Z'));
    const values = options.map((o) => o.value);

    expect(values).toEqual([...values].sort((a, b) => a.localeCompare(b)));
    expect(values.length).toBeGreaterThan(300);
    expect(options.find((o) => o.value === 'America/New_York')?.label).toBe('America/New York (GMT-5)');
    expect(values.every((zone) => timeZoneSchema.safeParse(zone).success)).toBe(true);
  });

  it('always includes the selected zone, even one the list leaves out', () => {
    expect(timeZoneOptions('UTC').map((o) => o.value)).toContain('UTC');
  });
});
