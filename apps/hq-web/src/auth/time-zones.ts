import { timeZoneSchema } from '@tailwise/contracts';
import type { SelectOption } from '@tailwise/web-ui';

const FALLBACK_TIME_ZONE = 'America/New_York';

/** The browser's IANA time zone, when it is one the server accepts. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && timeZoneSchema.safeParse(zone).success ? zone : FALLBACK_TIME_ZONE;
}

/** Every IANA zone the browser knows, "America/New York (GMT-5)", always including `selected`. */
export function timeZoneOptions(selected: string, at: Date = new Date()): SelectOption[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add(selected);
  return [...zones]
    .sort((a, b) => a.localeCompare(b))
    .map((zone) => ({ value: zone, label: `${zone.replaceAll('_', ' ')} (${offsetOf(zone, at)})` }));
}

function offsetOf(zone: string, at: Date): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? 'GMT';
  } catch {
    return 'GMT';
  }
}
