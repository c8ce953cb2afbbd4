/**
 * The secret of an emailed link (`/portal/invitation#token=…`, `/portal/set-password#token=…`).
 * It travels in the fragment so it never reaches a server log or a Referer header.
 */
export function linkTokenFrom(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') || null;
}
