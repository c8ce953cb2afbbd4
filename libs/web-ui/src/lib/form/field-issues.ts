import type { FieldIssue } from '@tailwise/contracts';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';

/**
 * Puts a server's field issues (`details.issues` of a 400) next to the fields they name, and
 * focuses the first one. Returns the issues that name no field of this form, for a form-level
 * message.
 */
export function applyFieldIssues<TValues extends FieldValues>(
  issues: readonly FieldIssue[],
  setError: UseFormSetError<TValues>,
  fields: FieldsOfForm<TValues>,
): FieldIssue[] {
  const fieldOf = fieldFinder(fields);
  const placed = new Set<string>();
  const unplaced: FieldIssue[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (!field) {
      unplaced.push(issue);
      continue;
    }
    if (placed.has(field)) continue;
    setError(field, { type: 'server', message: issue.message }, { shouldFocus: placed.size === 0 });
    placed.add(field);
  }
  return unplaced;
}

/**
 * The fields of a form that issues may name: a list of field names, or, for forms whose
 * fields come and go (rows of phone numbers) or whose API paths differ from the form's, a
 * function from an issue's path to the field that shows it (`null`: none does).
 */
export type FieldsOfForm<TValues extends FieldValues> =
  | readonly FieldPath<TValues>[]
  | ((path: string) => FieldPath<TValues> | null);

function fieldFinder<TValues extends FieldValues>(fields: FieldsOfForm<TValues>): (path: string) => FieldPath<TValues> | null {
  if (typeof fields === 'function') return fields;
  const known = new Set<string>(fields);
  return (path) => (known.has(path) ? (path as FieldPath<TValues>) : null);
}

/** A failed submit as a form shows it: issues to put on the fields they name, or one message above the form. */
export type FormFailure = { issues: readonly FieldIssue[] } | { message: string };

/**
 * Shows a failed submit: issues go on their fields (the first is focused). Returns the message
 * for above the form, if any: the failure's own, or the issues that name no field of this form.
 */
export function formErrorFor<TValues extends FieldValues>(
  failure: FormFailure,
  setError: UseFormSetError<TValues>,
  fields: FieldsOfForm<TValues>,
): string | null {
  if ('message' in failure) return failure.message;
  const unplaced = applyFieldIssues(failure.issues, setError, fields);
  return unplaced.length > 0 ? unplaced.map((issue) => issue.message).join('. ') : null;
}
