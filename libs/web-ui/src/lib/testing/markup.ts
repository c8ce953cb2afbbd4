// For tests: pages are server-rendered to a string (no DOM in Node), and these read the markup
// the way a user or a screen reader would find things in it.

/** Text of every element matching a tag, e.g. all `h1`s; markup inside is dropped. */
export function textsOf(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => decode(m[1].replace(/<[^>]+>/g, '')));
}

/** The visible label of every `<label>`, without Mantine's required asterisk. */
export function labelsOf(html: string): string[] {
  return textsOf(html, 'label').map((label) => label.replace(/\s*\*$/, ''));
}

/** The text of each link, keyed by href. */
export function linksOf(html: string): Array<{ href: string; text: string }> {
  return [...html.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({
    href: m[1],
    text: decode(m[2].replace(/<[^>]+>/g, '')),
  }));
}

/** The opening tag of the first element matching `pattern` (a regex source over the tag). */
export function findTag(html: string, pattern: string): string | undefined {
  return html.match(new RegExp(`<[^>]*${pattern}[^>]*>`))?.[0];
}

/** The value of an attribute in an opening tag. */
export function attr(tag: string | undefined, name: string): string | undefined {
  return tag?.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
}

function decode(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
