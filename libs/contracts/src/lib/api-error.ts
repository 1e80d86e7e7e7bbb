import type { Integer } from './scalars';

/** One field that failed validation, with a Dutch message for the user. */
export interface FieldError {
  field: string;
  message: string;
}

/** The media type of every error response: problem details (RFC 9457). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/**
 * Every error response of the API: problem details (RFC 9457, `application/problem+json`) — `type`, `title`,
 * `status`, `detail` — with the portal's own fields beside them. `detail` and `message` hold the same Dutch
 * sentence, `status` and `statusCode` the same number; `message`, `statusCode` and `error` stay for readers
 * written before problem details.
 */
export interface ApiErrorBody {
  /** A URI naming the kind of problem; `about:blank` when the HTTP status says it all. */
  type: string;
  /** The HTTP reason phrase of the status ("Bad Request"). */
  title: string;
  status: number;
  /** What went wrong, in Dutch, for the user. */
  detail: string;
  statusCode: number;
  error: string;
  message: string;
  /** For 400: each invalid field with a Dutch reason. */
  errors?: FieldError[];
  /** For 409: what the request conflicts with. */
  conflict?: Record<string, unknown>;
  requestId?: string;
}

export interface Page<T> {
  items: T[];
  total: Integer;
  page: Integer;
  pageSize: Integer;
}
