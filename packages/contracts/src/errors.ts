/** One invalid field of a request; `field` is a dotted path such as `website` or `sectors.1`. */
export interface FieldError {
  field: string;
  messages: string[];
  /**
   * What is wrong, as a stable code (`notEmail`, `tooLong`) that a client renders in its reader's
   * language with `params`; `messages` keep the English words for clients that show text as is.
   */
  code?: string;
  params?: Record<string, ReasonParam>;
  /** The reason in the caller's language (`Accept-Language`, English by default). */
  message?: string;
}

/** Text that exists in both languages, such as a vocabulary term's label. */
export interface LocalizedText {
  de: string;
  en: string;
}

/** A parameter of a reason: a number, a text as written (a cell's value), or a label in both languages. */
export type ReasonParam = string | number | LocalizedText;

/** Body of every 4xx/5xx answer of the API. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** Present on 400 (validation) and 409 (conflict): which fields, and why. */
  errors?: FieldError[];
}
