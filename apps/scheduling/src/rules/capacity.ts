/** A surgery day-capacity category. Null means "any"; weights are kg, minimum inclusive, maximum exclusive. */
export interface CapacityRule {
  id: string;
  label: string;
  species: string | null;
  sex: 'female' | 'male' | null;
  minWeightKg: number | null;
  maxWeightKg: number | null;
  /** Places per day. */
  limit: number;
}

/** A rule as submitted: new rules have no id yet. */
export type CapacityRuleDraft = Omit<CapacityRule, 'id'> & { id?: string };

type RuleCriteria = Pick<CapacityRule, 'species' | 'sex' | 'minWeightKg' | 'maxWeightKg'>;

export interface CapacityAnimal {
  species: string;
  sex: 'female' | 'male' | 'unknown' | null;
  weightKg: number | null;
}

/** A booked surgery place; `ruleId` null when it holds no place yet. */
export interface CapacityBooking {
  id?: string;
  ruleId: string | null;
}

export interface FieldIssue {
  path: string;
  message: string;
}

export type Placement = { ok: true; ruleId: string } | { ok: false; reason: string };

const MAX_LIMIT = 10_000;
const MAX_WEIGHT_KG = 1_000;

/** Two rules overlap when some animal would match both. */
export function rulesOverlap(a: RuleCriteria, b: RuleCriteria): boolean {
  if (a.species !== null && b.species !== null && a.species !== b.species) return false;
  if (a.sex !== null && b.sex !== null && a.sex !== b.sex) return false;
  const low = Math.max(a.minWeightKg ?? -Infinity, b.minWeightKg ?? -Infinity);
  const high = Math.min(a.maxWeightKg ?? Infinity, b.maxWeightKg ?? Infinity);
  return low < high;
}

/**
 * What is wrong with a set of rules, one issue per field, for a 400 naming the field.
 * Overlaps are reported on the later rule, naming the earlier ones it overlaps.
 */
export function capacityRuleIssues(rules: readonly CapacityRuleDraft[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const sound: number[] = [];
  const labels = new Map<string, number>();
  const ids = new Set<string>();
  rules.forEach((rule, index) => {
    const at = (field: keyof CapacityRuleDraft, message: string) => issues.push({ path: `rules.${index}.${field}`, message });
    const before = issues.length;
    const label = rule.label.trim();
    if (label === '') at('label', 'Enter a name for this category');
    else if (labels.has(label.toLowerCase())) at('label', `Another category is already called “${label}”`);
    else labels.set(label.toLowerCase(), index);
    if (rule.id !== undefined) {
      if (ids.has(rule.id)) at('id', 'This category appears twice');
      ids.add(rule.id);
    }
    if (!Number.isInteger(rule.limit) || rule.limit < 0 || rule.limit > MAX_LIMIT) {
      at('limit', `Enter a whole number of places from 0 to ${MAX_LIMIT}`);
    }
    const min = rule.minWeightKg;
    const max = rule.maxWeightKg;
    const minOk = min === null || (Number.isFinite(min) && min >= 0 && min < MAX_WEIGHT_KG);
    const maxOk = max === null || (Number.isFinite(max) && max > 0 && max <= MAX_WEIGHT_KG);
    if (!minOk) at('minWeightKg', `Enter a weight from 0 to ${MAX_WEIGHT_KG} kg, or leave it empty`);
    if (!maxOk) at('maxWeightKg', `Enter a weight above 0 and up to ${MAX_WEIGHT_KG} kg, or leave it empty`);
    if (minOk && maxOk && min !== null && max !== null && max <= min) {
      at('maxWeightKg', `Must be more than the minimum weight (${min} kg)`);
    }
    if (issues.length > before) return;
    const overlapping = sound.filter((other) => rulesOverlap(rules[other], rule));
    if (overlapping.length > 0) {
      issues.push({
        path: `rules.${index}.${overlapField(rule, rules[overlapping[0]])}`,
        message: `Overlaps ${overlapping.map((other) => `“${rules[other].label.trim()}”`).join(', ')}: an animal may match only one category`,
      });
    } else {
      sound.push(index);
    }
  });
  return issues;
}

/** The field to point at when `rule` overlaps `other`: the weight bound inside the other's range, else the broadest criterion. */
function overlapField(rule: RuleCriteria, other: RuleCriteria): keyof RuleCriteria {
  const min = rule.minWeightKg;
  if (min !== null && (other.minWeightKg ?? -Infinity) <= min && min < (other.maxWeightKg ?? Infinity)) return 'minWeightKg';
  if (rule.maxWeightKg !== null) return 'maxWeightKg';
  if (min !== null) return 'minWeightKg';
  if (rule.species === null || rule.sex !== null || other.sex === null) return 'species';
  return 'sex';
}

/** The one rule an animal falls under, or null. Unknown sex or weight match only rules that do not ask for it. */
export function ruleFor(rules: readonly CapacityRule[], animal: CapacityAnimal): CapacityRule | null {
  const sex = animal.sex === 'female' || animal.sex === 'male' ? animal.sex : null;
  return (
    rules.find(
      (rule) =>
        (rule.species === null || rule.species === animal.species) &&
        (rule.sex === null || rule.sex === sex) &&
        (animal.weightKg === null
          ? rule.minWeightKg === null && rule.maxWeightKg === null
          : (rule.minWeightKg === null || animal.weightKg >= rule.minWeightKg) && (rule.maxWeightKg === null || animal.weightKg < rule.maxWeightKg)),
    ) ?? null
  );
}

/** Places left per rule given the day's bookings; negative when a lowered limit is already overbooked. */
export function remainingPlaces(rules: readonly CapacityRule[], bookings: readonly CapacityBooking[]): Map<string, number> {
  const remaining = new Map(rules.map((rule) => [rule.id, rule.limit]));
  for (const booking of bookings) {
    const left = booking.ruleId === null ? undefined : remaining.get(booking.ruleId);
    if (left !== undefined && booking.ruleId !== null) remaining.set(booking.ruleId, left - 1);
  }
  return remaining;
}

/**
 * Where a booked place goes once its animal is known: it stays in its rule when the animal
 * matches it; otherwise it moves to the rule the animal matches if that rule has a place left
 * (the booking's own place, counted in `bookingsOfDay`, is freed by the move); otherwise refused.
 */
export function placeAnimal(
  rules: readonly CapacityRule[],
  bookingsOfDay: readonly CapacityBooking[],
  booking: CapacityBooking,
  animal: CapacityAnimal,
): Placement {
  const rule = ruleFor(rules, animal);
  if (!rule) return { ok: false, reason: `No surgery category of this day takes ${describeAnimal(animal)}` };
  if (rule.id === booking.ruleId) return { ok: true, ruleId: rule.id };
  if ((remainingPlaces(rules, bookingsOfDay).get(rule.id) ?? 0) > 0) return { ok: true, ruleId: rule.id };
  const current = rules.find((candidate) => candidate.id === booking.ruleId);
  const full = `belongs in “${rule.label}”, which has no places left on this day`;
  return {
    ok: false,
    reason: current ? `It was booked as “${current.label}”, but ${describeAnimal(animal)} ${full}` : `${capitalize(describeAnimal(animal))} ${full}`,
  };
}

/**
 * A new surgery place: in the rule staff chose, or, when the animal is already known, the rule
 * it matches (the same "move if there is room" rule as `placeAnimal`). Refused when full.
 */
export function bookPlace(
  rules: readonly CapacityRule[],
  bookingsOfDay: readonly CapacityBooking[],
  ruleId: string,
  animal: CapacityAnimal | null,
): Placement {
  const chosen = rules.find((rule) => rule.id === ruleId);
  if (!chosen) return { ok: false, reason: 'This surgery category does not exist any more' };
  if (animal) return placeAnimal(rules, bookingsOfDay, { ruleId: null }, animal);
  if ((remainingPlaces(rules, bookingsOfDay).get(chosen.id) ?? 0) > 0) return { ok: true, ruleId: chosen.id };
  return { ok: false, reason: `“${chosen.label}” has no places left on this day` };
}

const SPECIES_WORDS: Record<string, string> = { other: 'animal' };

/** "a female cat weighing 3.2 kg", "a dog of unknown sex and weight". */
export function describeAnimal(animal: CapacityAnimal): string {
  const sexKnown = animal.sex === 'female' || animal.sex === 'male';
  const noun = `${sexKnown ? `${animal.sex} ` : ''}${SPECIES_WORDS[animal.species] ?? animal.species}`;
  const unknown = [sexKnown ? null : 'sex', animal.weightKg === null ? 'weight' : null].filter((part) => part !== null);
  const weight = animal.weightKg === null ? '' : ` weighing ${animal.weightKg} kg`;
  const article = /^[aeiou]/i.test(noun) ? 'an' : 'a';
  return `${article} ${noun}${weight}${unknown.length > 0 ? ` of unknown ${unknown.join(' and ')}` : ''}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
