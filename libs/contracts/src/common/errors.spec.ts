import { z } from 'zod';
import { AppError, ERROR_CODES, HTTP_STATUS_BY_CODE, parseOrThrow, toFieldIssues } from './errors';
import { passwordSchema } from './common.schemas';

describe('errors', () => {
  const schema = z.strictObject({ email: z.email(), address: z.strictObject({ city: z.string().min(1) }) });

  it('names each bad field by its path, and each unknown field', () => {
    const result = schema.safeParse({ email: 'nope', address: { city: '', zip: 1 }, extra: true });
    expect(result.success).toBe(false);
    const paths = toFieldIssues(result.error!).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'address.city', 'address.zip', 'extra']));
  });

  it('throws a VALIDATION AppError carrying the issues', () => {
    try {
      parseOrThrow(schema, { email: 'a@b.co' });
      throw new Error('expected a validation error');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(ERROR_CODES.VALIDATION);
      expect((error as AppError).toBody().details).toEqual({ issues: [expect.objectContaining({ path: 'address' })] });
    }
  });

  it('maps every error code to an HTTP status', () => {
    for (const code of Object.values(ERROR_CODES)) expect(HTTP_STATUS_BY_CODE[code]).toBeGreaterThanOrEqual(400);
  });
});

describe('passwordSchema', () => {
  it('needs 8 characters and a symbol', () => {
    expect(passwordSchema.safeParse('short!1').success).toBe(false);
    expect(passwordSchema.safeParse('longenough1').success).toBe(false);
    expect(passwordSchema.safeParse('long enough').success).toBe(true);
    expect(passwordSchema.safeParse('Correct-horse1').success).toBe(true);
  });
});
