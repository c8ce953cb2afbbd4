/** Field path (`lastName`, `physicalAddress.city`) → its value before and after. */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Structural equality of JSON-like values; a missing value equals null. */
export function sameValue(a: unknown, b: unknown): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === y) return true;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => sameValue(v, y[i]));
  if (isPlainObject(x) && isPlainObject(y)) {
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    return [...keys].every((k) => sameValue(x[k], y[k]));
  }
  if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
  return false;
}

/**
 * What an edit changed, field by field. Nested records (addresses, the emergency contact) are
 * compared field by field when both sides have one (`physicalAddress.city`); lists (phone
 * numbers) and a record appearing or disappearing are one change of the whole value.
 */
export function fieldChanges(before: Plain, after: Plain, prefix = ''): FieldChanges {
  const changes: FieldChanges = {};
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  for (const key of keys) {
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    const path = `${prefix}${key}`;
    if (isPlainObject(from) && isPlainObject(to)) Object.assign(changes, fieldChanges(from, to, `${path}.`));
    else if (!sameValue(from, to)) changes[path] = { from, to };
  }
  return changes;
}

/** "lastName, mobile and alert" — for an activity's one-line summary. */
export function listFields(changes: FieldChanges): string {
  const fields = Object.keys(changes);
  if (fields.length <= 1) return fields.join('');
  return `${fields.slice(0, -1).join(', ')} and ${fields[fields.length - 1]}`;
}
