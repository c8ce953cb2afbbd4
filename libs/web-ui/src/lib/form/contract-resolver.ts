import { toNestErrors } from '@hookform/resolvers';
import { type FieldIssue, toFieldIssues } from '@tailwise/contracts';
import type { FieldError, FieldPath, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

export interface ContractResolverOptions<TValues extends FieldValues, TBody> {
  /** The request body the form's values make; this is what a valid submit hands on. */
  toBody: (values: TValues) => TBody;
  /** The contract's schema, the same one the server applies to the body. */
  schema: z.ZodType;
  /** The field that shows an issue at a body path (`null`: none does); by default the same path. */
  fieldOf?: (path: string) => FieldPath<TValues> | null;
}

/** The key of `errors.root` that holds the issues no field of the form shows. */
export const FORM_ISSUES_KEY = 'root';

/**
 * Checks a form by the contract the server applies: the values become the request body, the
 * schema checks the body, and each issue goes to the field that shows it, so a rule lives in
 * one place and the browser and the server word it alike. Issues no field shows become
 * `errors.root.message`.
 */
export function contractResolver<TValues extends FieldValues, TBody>({
  toBody,
  schema,
  fieldOf = (path) => path as FieldPath<TValues>,
}: ContractResolverOptions<TValues, TBody>): Resolver<TValues, unknown, TBody> {
  return (values, _context, options) => {
    const body = toBody(values);
    const parsed = schema.safeParse(body);
    if (parsed.success) return { values: body, errors: {} };

    const { placed, unplaced } = placeIssues(toFieldIssues(parsed.error), fieldOf);
    const flat: Record<string, FieldError> = {};
    for (const [field, message] of placed) flat[field] = { type: 'validation', message };
    if (unplaced.length > 0) {
      flat[FORM_ISSUES_KEY] = { type: 'validation', message: unplaced.map((issue) => issueText(issue)).join('. ') };
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}

/** Which field shows each issue (the first issue per field wins), and the issues no field shows. */
export function placeIssues<TField extends string>(
  issues: readonly FieldIssue[],
  fieldOf: (path: string) => TField | null,
): { placed: Map<TField, string>; unplaced: FieldIssue[] } {
  const placed = new Map<TField, string>();
  const unplaced: FieldIssue[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field === null) unplaced.push(issue);
    else if (!placed.has(field)) placed.set(field, issue.message);
  }
  return { placed, unplaced };
}

function issueText(issue: FieldIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
