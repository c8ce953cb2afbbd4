/**
 * The secret of an emailed link (`/set-password#token=…`, `/portal/invitation#token=…`). It
 * travels in the fragment so it never reaches a server log or another site's Referer header.
 */
export function linkTokenFrom(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') || null;
}
