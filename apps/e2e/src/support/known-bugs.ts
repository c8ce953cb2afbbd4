import { test } from '@playwright/test';

/**
 * Marks the current test as exposing a known, reported app bug: the test keeps its full
 * assertions and is expected to fail, so the run stays green while the bug is open, and
 * turns red ("expected to fail, but passed") the moment it is fixed, so the marker gets
 * removed. `E2E_STRICT=1` runs these as ordinary tests, to see the actual failures.
 */
export function knownBug(description: string): void {
  test.fail(process.env['E2E_STRICT'] !== '1', `Known bug: ${description}`);
}
