import { ERROR_CODES, type ErrorCode, errorBodySchema, type FieldIssue, fieldIssueSchema, HTTP_STATUS_BY_CODE } from '@tailwise/contracts';
import { z } from 'zod';

/**
 * Server codes plus the two failures only a browser sees: the request never got an answer
 * (`NETWORK`), or the answer did not match the contract (`BAD_RESPONSE`).
 */
export type ApiErrorCode = ErrorCode | 'NETWORK' | 'BAD_RESPONSE';

const CODE_BY_STATUS = new Map<number, ErrorCode>(
  Object.entries(HTTP_STATUS_BY_CODE).map(([code, status]) => [status, code as ErrorCode]),
);

const issuesSchema = z.object({ issues: z.array(fieldIssueSchema) });

const FALLBACK_MESSAGES: Record<ApiErrorCode, string> = {
  VALIDATION: 'Some fields need attention',
  UNAUTHENTICATED: 'Please sign in again',
  FORBIDDEN: 'You do not have permission to do that',
  NOT_FOUND: 'Not found',
  CONFLICT: 'That conflicts with existing data',
  RATE_LIMITED: 'Too many attempts, try again later',
  UNAVAILABLE: 'The service is unavailable, try again shortly',
  TIMEOUT: 'The server took too long to answer, try again',
  INTERNAL: 'Something went wrong, try again',
  NETWORK: 'Cannot reach the server. Check your connection and try again',
  BAD_RESPONSE: 'The server sent an unexpected answer',
};

export interface ApiErrorInit {
  status: number;
  code: ApiErrorCode;
  message?: string;
  issues?: FieldIssue[];
  details?: unknown;
  cause?: unknown;
}

export class ApiError extends Error {
  /** HTTP status, or 0 when no answer arrived. */
  readonly status: number;
  readonly code: ApiErrorCode;
  /** Field-level problems of a 400 (`details.issues`), each naming its field by `path`. */
  readonly issues: readonly FieldIssue[];
  readonly details?: unknown;

  constructor(init: ApiErrorInit) {
    super(init.message || FALLBACK_MESSAGES[init.code], init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.issues = init.issues ?? [];
    this.details = init.details;
  }

  /** The message of the first issue about `path`, if any. */
  issueFor(path: string): string | undefined {
    return this.issues.find((issue) => issue.path === path)?.message;
  }

  /** Reads an error response; a body that is not `{ code, message, details? }` still gives a usable error. */
  static async fromResponse(response: Response): Promise<ApiError> {
    const body = await readJson(response);
    const parsed = errorBodySchema.safeParse(body);
    if (!parsed.success) {
      return new ApiError({ status: response.status, code: codeForStatus(response.status) });
    }
    const { code, message, details } = parsed.data;
    const issues = issuesSchema.safeParse(details);
    return new ApiError({
      status: response.status,
      code,
      message,
      details,
      issues: issues.success ? issues.data.issues : [],
    });
  }

  static network(cause: unknown): ApiError {
    return new ApiError({ status: 0, code: 'NETWORK', cause });
  }

  static badResponse(status: number, cause?: unknown): ApiError {
    return new ApiError({ status, code: 'BAD_RESPONSE', cause });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function codeForStatus(status: number): ErrorCode {
  return CODE_BY_STATUS.get(status) ?? ERROR_CODES.INTERNAL;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
