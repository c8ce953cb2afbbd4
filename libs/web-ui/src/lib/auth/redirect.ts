/** Where to go after signing in: back to the page that asked, if it is one of ours. */
export function redirectTarget(state: unknown, fallback = '/'): string {
  const from = (state as { from?: unknown } | null)?.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return fallback;
  if (/^\/sign-(in|up)([/?#]|$)/.test(from)) return fallback;
  return from;
}
