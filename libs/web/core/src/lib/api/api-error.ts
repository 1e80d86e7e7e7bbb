import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody, FieldError } from '@halt/contracts';

/** The API's error body from a failed request, when there is one. */
export function apiError(error: unknown): ApiErrorBody | undefined {
  if (
    error instanceof HttpErrorResponse &&
    error.error &&
    typeof error.error === 'object' &&
    'message' in error.error
  ) {
    return error.error as ApiErrorBody;
  }
  return undefined;
}

/** Field errors of a 400, by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  const errors: FieldError[] = apiError(error)?.errors ?? [];
  return Object.fromEntries(errors.map((e) => [e.field, e.message]));
}
