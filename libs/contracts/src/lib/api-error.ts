/** One field that failed validation, with a Dutch message for the user. */
export interface FieldError {
  field: string;
  message: string;
}

/** Every error response of the API has this shape. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: FieldError[];
  /** For 409: what the request conflicts with. */
  conflict?: Record<string, unknown>;
  requestId?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
