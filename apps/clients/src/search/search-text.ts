/**
 * The form names are stored in for search, and queries are compared in: lower case, accents
 * and apostrophes dropped ("José O'Brien" → "jose obrien"), every other run of
 * non-alphanumerics one space. Stored keys and queries go through the same function, so
 * "obrien", "O'Brien" and "o’brien" all find each other.
 */
export function searchText(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => !!part)
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Makes `text` match itself literally inside a LIKE pattern (the escape character is `\`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
