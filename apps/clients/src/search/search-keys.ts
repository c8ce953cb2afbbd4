import { phoneDigits } from '@tailwise/contracts';
import { searchText } from './search-text';

/**
 * How an email is looked for: a complete address only as itself; a fragment with '@'
 * ("smith@", "@rescue.org") anywhere in the address; a word without '@' at the start of one
 * ("jsmith"), which is how people type part of an email.
 */
export type EmailMatch = 'exact' | 'contains' | 'prefix';

/** What one search box query is looked for as, in each kind of key. */
export interface SearchKeys {
  /** Normalised name text (client and contact names, animal names); null when too short. */
  name: string | null;
  /** Names of fewer than 3 characters match only at the start of a word (no trigram to use). */
  namePrefixOnly: boolean;
  /** The query as an email, lower-cased; an exact match always ranks first. */
  email: { value: string; match: EmailMatch } | null;
  /** Digit strings phones must contain; the first is the query's own digits. */
  phoneDigits: string[];
  /** The query as a microchip, upper-cased; a full 15-character chip can only match itself. */
  microchip: { value: string; exactOnly: boolean } | null;
}

export const MIN_PHONE_DIGITS = 4;
const PHONE_LIKE = /^\+?[\d\s().\-/]+$/;
const COMPLETE_EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s.]+$/;
/** Partial chips: at least 4 letters or digits, one of them a digit (so names are not chips). */
const CHIP_LIKE = /^(?=.*\d)[0-9A-Z]{4,15}$/;

/**
 * Splits a query into the keys it can match. A query with '@' is an email and nothing else;
 * one made only of phone characters with at least 4 digits is also a phone number, in any
 * format: its digits are compared with the digits of stored numbers. A number typed with a
 * country code ("+1 303 555 0142") also matches the same number stored without one: its last
 * ten digits are looked for too.
 */
export function searchKeys(query: string): SearchKeys {
  const q = query.trim();
  const lower = q.toLowerCase();
  const hasAt = lower.includes('@');
  const name = hasAt ? '' : searchText(q);
  const digits = phoneDigits(q);
  const phones = PHONE_LIKE.test(q) && digits.length >= MIN_PHONE_DIGITS ? [digits] : [];
  if (phones.length && digits.length > 10) phones.push(digits.slice(-10));
  const chip = q.toUpperCase().replace(/[\s-]/g, '');
  const emailMatch: EmailMatch = COMPLETE_EMAIL.test(lower) ? 'exact' : hasAt ? 'contains' : 'prefix';
  return {
    name: name.length >= 2 ? name : null,
    namePrefixOnly: name.length < 3,
    email: lower.length >= 3 && !/\s/.test(lower) ? { value: lower, match: emailMatch } : null,
    phoneDigits: phones,
    microchip: !hasAt && CHIP_LIKE.test(chip) ? { value: chip, exactOnly: chip.length === 15 } : null,
  };
}
