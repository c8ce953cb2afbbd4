import type { ClientKind, SearchResult } from '@tailwise/contracts';
import type { SelectOption } from '@tailwise/web-ui';

export const PHONE_TYPE_OPTIONS: SelectOption[] = [
  { value: 'mobile', label: 'Mobile' },
  { value: 'home', label: 'Home' },
  { value: 'work', label: 'Work' },
  { value: 'other', label: 'Other' },
];

export const LANGUAGE_OPTIONS: SelectOption[] = [
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Spanish' },
  { value: 'fr', label: 'French' },
  { value: 'pt', label: 'Portuguese' },
  { value: 'zh', label: 'Chinese' },
  { value: 'vi', label: 'Vietnamese' },
  { value: 'tl', label: 'Tagalog' },
  { value: 'ko', label: 'Korean' },
  { value: 'ar', label: 'Arabic' },
  { value: 'ru', label: 'Russian' },
  { value: 'de', label: 'German' },
];

export const SALUTATION_OPTIONS: SelectOption[] = [
  { value: '', label: 'None' },
  ...['Mr.', 'Mrs.', 'Ms.', 'Miss', 'Mx.', 'Dr.'].map((value) => ({ value, label: value })),
];

export const PRONOUN_OPTIONS: SelectOption[] = [
  { value: '', label: 'Not given' },
  ...['she/her', 'he/him', 'they/them', 'she/they', 'he/they', 'Ask me'].map((value) => ({ value, label: value })),
];

/** Suggestions only: staff may type anything. */
export const SEX_AT_BIRTH_SUGGESTIONS = ['Female', 'Male', 'Intersex', 'Prefer not to say'];

export const COVERAGE_OPTIONS: SelectOption[] = [
  { value: 'none', label: 'None' },
  { value: 'pet-insurance', label: 'Pet insurance' },
  { value: 'fee-program', label: 'Fee program' },
];

export const SPECIES_OPTIONS: SelectOption[] = [
  { value: 'cat', label: 'Cat' },
  { value: 'dog', label: 'Dog' },
  { value: 'rabbit', label: 'Rabbit' },
  { value: 'ferret', label: 'Ferret' },
  { value: 'other', label: 'Other' },
];

export const ANIMAL_SEX_OPTIONS: SelectOption[] = [
  { value: 'unknown', label: 'Unknown' },
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
];

export const ALTERED_OPTIONS: SelectOption[] = [
  { value: 'unknown', label: 'Unknown' },
  { value: 'intact', label: 'Intact' },
  { value: 'altered', label: 'Altered (spayed or neutered)' },
];

export const ANIMAL_STATUS_OPTIONS: SelectOption[] = [
  { value: 'active', label: 'Active' },
  { value: 'deceased', label: 'Deceased' },
];

/** The search's type filter, in the users' words. */
export const SEARCH_TYPE_OPTIONS: SelectOption[] = [
  { value: 'all', label: 'All' },
  { value: 'clients', label: 'Clients' },
  { value: 'volume-clients', label: 'Volume Clients' },
  { value: 'animals', label: 'Animals' },
];

export const MATCHED_ON_LABELS: Record<SearchResult['matchedOn'], string> = {
  name: 'name',
  phone: 'phone number',
  email: 'email',
  'animal-name': 'animal name',
  microchip: 'microchip',
};

export function kindLabel(kind: ClientKind): string {
  return kind === 'volume' ? 'Volume client' : 'Client';
}

/** The options, plus `value` when it is none of them (a saved value the list no longer offers), so a select never shows another value than it holds. */
export function withValue(options: readonly SelectOption[], value: string, label = value): SelectOption[] {
  return !value || options.some((option) => option.value === value) ? [...options] : [...options, { value, label }];
}

/** The label of an option's value, or the value itself when no option has it. */
export function labelOf(options: readonly SelectOption[], value: string | null | undefined): string {
  if (!value) return '';
  return options.find((option) => option.value === value)?.label ?? value;
}

/** "May 31, 2024" for a calendar date (no time zone shift). */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** "May 31, 2024, 3:05 PM" in the viewer's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
