import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { createQueryClient } from './query-client';

const retry = createQueryClient().getDefaultOptions().queries?.retry as (failureCount: number, error: Error) => boolean;

describe('createQueryClient', () => {
  it('retries twice when the server did not answer or failed', () => {
    const network = ApiError.network(new TypeError('Failed to fetch'));
    const unavailable = new ApiError({ status: 503, code: 'UNAVAILABLE' });
    expect([0, 1, 2].map((count) => retry(count, network))).toEqual([true, true, false]);
    expect(retry(0, unavailable)).toBe(true);
    expect(retry(0, new Error('boom'))).toBe(true);
  });

  it('does not retry what the server refused: asking again gets the same answer', () => {
    expect(retry(0, new ApiError({ status: 401, code: 'UNAUTHENTICATED' }))).toBe(false);
    expect(retry(0, new ApiError({ status: 404, code: 'NOT_FOUND' }))).toBe(false);
  });

  it('never retries a mutation', () => {
    expect(createQueryClient().getDefaultOptions().mutations?.retry).toBe(false);
  });
});
