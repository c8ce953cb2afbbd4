import { e2eEnv } from './env';

export interface CaughtEmail {
  id: string;
  subject: string;
  to: { address: string }[];
  text?: string;
  html?: string;
}

/** Every email the mail catcher holds for one address. */
export async function emailsTo(address: string): Promise<CaughtEmail[]> {
  const res = await fetch(`${e2eEnv('mailUrl')}/api/email`);
  if (!res.ok) throw new Error(`mail catcher answered ${res.status}`);
  const all = (await res.json()) as CaughtEmail[];
  return all.filter((m) => m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()));
}

/** Waits until an email to `address` whose subject matches arrives. */
export async function waitForEmail(address: string, subject: RegExp, timeoutMs = 15_000): Promise<CaughtEmail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await emailsTo(address)).find((m) => subject.test(m.subject));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no email to ${address} matching ${subject} within ${timeoutMs} ms`);
}
