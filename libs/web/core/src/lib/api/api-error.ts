import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody, FieldError } from '@halt/contracts';

/**
 * The API's error body (problem details, `application/problem+json`) from a failed request, when there is one.
 * `message` is the same Dutch sentence as `detail`. Requests for text (CSV, calendar files) get the JSON error
 * body as a string; it is read the same way.
 */
export function apiError(error: unknown): ApiErrorBody | undefined {
  if (!(error instanceof HttpErrorResponse)) return undefined;
  let body: unknown = error.error;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return undefined;
    }
  }
  return body && typeof body === 'object' && 'message' in body ? (body as ApiErrorBody) : undefined;
}

/** Field errors of a 400, by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  const errors: FieldError[] = apiError(error)?.errors ?? [];
  return Object.fromEntries(errors.map((e) => [e.field, e.message]));
}
