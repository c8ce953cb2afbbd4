import { HttpException } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { AppError, ERROR_CODES, HTTP_STATUS_BY_CODE, toFieldIssues, type ErrorBody, type ErrorCode } from '@tailwise/contracts';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: ERROR_CODES.VALIDATION,
  401: ERROR_CODES.UNAUTHENTICATED,
  403: ERROR_CODES.FORBIDDEN,
  404: ERROR_CODES.NOT_FOUND,
  409: ERROR_CODES.CONFLICT,
  429: ERROR_CODES.RATE_LIMITED,
  503: ERROR_CODES.UNAVAILABLE,
  504: ERROR_CODES.TIMEOUT,
};

/** Fastify's own request errors (before any handler runs), which we answer as 400s. */
const FASTIFY_BAD_REQUEST: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'Request body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Request body is empty',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Request body is too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Unsupported content type; send application/json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length does not match the body',
};

export interface HttpError {
  status: number;
  body: ErrorBody;
}

/** Maps anything thrown while serving a request to a status and `{ code, message, details }`. */
export function toHttpError(exception: unknown): HttpError {
  if (exception instanceof AppError) return { status: HTTP_STATUS_BY_CODE[exception.code], body: exception.toBody() };
  if (exception instanceof ZodValidationException) {
    const zodError = exception.getZodError();
    const issues = zodError instanceof ZodError ? toFieldIssues(zodError) : [];
    return { status: 400, body: AppError.validation(issues).toBody() };
  }
  const fastifyCode = (exception as { code?: string }).code;
  if (fastifyCode && FASTIFY_BAD_REQUEST[fastifyCode]) {
    return badRequest(FASTIFY_BAD_REQUEST[fastifyCode]);
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    // Nest re-wraps Fastify's body errors as 413/415 before filters see them.
    if (status === 413) return badRequest(FASTIFY_BAD_REQUEST['FST_ERR_CTP_BODY_TOO_LARGE']);
    if (status === 415) return badRequest(FASTIFY_BAD_REQUEST['FST_ERR_CTP_INVALID_MEDIA_TYPE']);
    const code = CODE_BY_STATUS[status] ?? (status < 500 ? ERROR_CODES.VALIDATION : ERROR_CODES.INTERNAL);
    return { status, body: { code, message: exception.message } };
  }
  return { status: 500, body: { code: ERROR_CODES.INTERNAL, message: 'Internal error' } };
}

// Malformed and oversized bodies are 400s alike (as the product asks), naming the problem.
function badRequest(message: string): HttpError {
  return { status: 400, body: { code: ERROR_CODES.VALIDATION, message } };
}
