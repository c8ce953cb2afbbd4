export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** A run of a sentence; `strong` runs are bold in the HTML version and plain in the text one. */
export type Inline = string | { strong: string };

export interface EmailContent {
  subject: string;
  /** "Hi Ana," */
  greeting: string;
  paragraphs: Inline[][];
  /** The one thing the email asks the reader to do: an introduction, then the link. */
  action: { intro: string; label: string; url: string };
  /** Small print under the link: how long it works, why the email came, what to do if unexpected. */
  notes: string[];
}

export const strong = (text: string): Inline => ({ strong: text });

/**
 * Every Tailwise email has the same shape: a greeting, a few sentences, one link (with its
 * address spelled out for mail clients that break links), small print, a sign-off.
 */
export function renderEmail(content: EmailContent): RenderedEmail {
  const { action } = content;
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((paragraph) => [paragraph.map(inlineText).join(''), '']),
    action.intro,
    action.url,
    '',
    ...content.notes.flatMap((note) => [note, '']),
    'The Tailwise team',
    '',
  ].join('\n');

  const url = escapeHtml(action.url);
  const html = `<!doctype html>
<html>
  <body style="font-family: Arial, Helvetica, sans-serif; color: #1a1b1e; line-height: 1.5">
    <p>${escapeHtml(content.greeting)}</p>
${content.paragraphs.map((paragraph) => `    <p>${paragraph.map(inlineHtml).join('')}</p>\n`).join('')}    <p>${escapeHtml(action.intro)}</p>
    <p><a href="${url}">${escapeHtml(action.label)}</a></p>
    <p style="${SMALL_PRINT}">If the link does not work, paste this address into your browser: ${url}</p>
${content.notes.map((note) => `    <p style="${SMALL_PRINT}">${escapeHtml(note)}</p>\n`).join('')}    <p>The Tailwise team</p>
  </body>
</html>
`;

  return { subject: content.subject, text, html };
}

const SMALL_PRINT = 'color: #5c5f66; font-size: 13px';

function inlineText(inline: Inline): string {
  return typeof inline === 'string' ? inline : inline.strong;
}

function inlineHtml(inline: Inline): string {
  return typeof inline === 'string' ? escapeHtml(inline) : `<strong>${escapeHtml(inline.strong)}</strong>`;
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Names are user input: no line breaks in a subject line or a sentence. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
