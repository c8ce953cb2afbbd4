import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The two single-page apps' index pages, read once, served for their client-side routes. */
export class WebAppFiles {
  private readonly hq: string | null;
  private readonly portal: string | null;
  readonly webRoot: string;

  constructor(webRoot: string) {
    this.webRoot = resolve(webRoot);
    this.hq = readIfPresent(join(webRoot, 'hq-web', 'index.html'));
    this.portal = readIfPresent(join(webRoot, 'portal-web', 'index.html'));
  }

  indexFor(url: string): string | null {
    const path = url.split('?')[0];
    if (path.startsWith('/api/') || path === '/api' || path.startsWith('/health') || path === '/metrics') return null;
    if (path === '/portal' || path.startsWith('/portal/')) return this.portal;
    return this.hq;
  }

  get hqRoot(): string {
    return join(this.webRoot, 'hq-web');
  }

  get portalRoot(): string {
    return join(this.webRoot, 'portal-web');
  }
}

function readIfPresent(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
