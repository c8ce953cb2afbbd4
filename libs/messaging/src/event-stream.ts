import { RetentionPolicy, StorageType, nanos, type NatsConnection } from 'nats';
import { EVENTS_STREAM } from '@tailwise/contracts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates the events stream, or brings its settings up to date. Every service calls this
 * at boot, so whichever starts first makes it; the settings are identical everywhere.
 */
export async function ensureEventsStream(nc: NatsConnection): Promise<void> {
  const jsm = await nc.jetstreamManager();
  const config = {
    name: EVENTS_STREAM.name,
    subjects: [...EVENTS_STREAM.subjects],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    max_age: nanos(30 * DAY_MS),
    // Long enough to swallow a relay's re-publish after a crash between publish and commit.
    duplicate_window: nanos(10 * 60 * 1000),
  };
  try {
    await jsm.streams.info(EVENTS_STREAM.name);
    await jsm.streams.update(EVENTS_STREAM.name, config);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    try {
      await jsm.streams.add(config);
    } catch (addError) {
      // Another service created it between our info and add (10058: name already in use).
      const e = addError as { message?: string; api_error?: { err_code?: number } };
      if (e.api_error?.err_code !== 10058 && !String(e.message).includes('already in use')) throw addError;
    }
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { code?: string; api_error?: { err_code?: number } };
  // 10059: stream not found.
  return e.code === '404' || e.api_error?.err_code === 10059;
}
