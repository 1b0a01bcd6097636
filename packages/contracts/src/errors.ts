/** One invalid field of a request; `field` is a dotted path such as `website` or `sectors.1`. */
export interface FieldError {
  field: string;
  messages: string[];
}

/** Body of every 4xx/5xx answer of the API. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** Present on 400 (validation) and 409 (conflict): which fields, and why. */
  errors?: FieldError[];
}
