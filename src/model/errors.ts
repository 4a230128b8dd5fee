/**
 * The error catalogue: every failure gongbao reports to a user has a stable code, a clear
 * message and the HTTP status it maps to. Web, CLI and commands all throw this one type.
 */

/** Stable error codes with their HTTP status. */
export const ERROR_CODES = {
  "empty-input": 422,
  "binary-input": 422,
  "not-a-gazette": 422,
  "unreadable-encoding": 422,
  "input-too-large": 413,
  "file-not-found": 404,
  "invalid-output": 500,
  "bad-request": 400,
  "not-found": 404,
  unauthorized: 401,
  forbidden: 403,
  "csrf-failed": 403,
  "rate-limited": 429,
  conflict: 409,
  "config-invalid": 500,
  "database-error": 500,
  internal: 500,
} as const;

/** One of the catalogue's codes. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Where a problem was found: a file and line, or an HTTP field. */
export interface ErrorLocation {
  file?: string | undefined;
  line?: number | undefined;
  field?: string | undefined;
}

/** The one error type of gongbao: a code, a human message and where it happened. */
export class GongbaoError extends Error {
  override readonly name = "GongbaoError";
  readonly code: ErrorCode;
  readonly location: ErrorLocation;

  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.location = location;
  }

  /** The HTTP status this error answers with. */
  get status(): number {
    return ERROR_CODES[this.code];
  }

  /** `file:line: message`, the form a CLI prints. */
  describe(): string {
    const { file, line, field } = this.location;
    const where = file ? `${file}${line ? `:${line}` : ""}: ` : field ? `${field}: ` : "";
    const message = file && this.message.startsWith(`${file} `) ? this.message.slice(file.length + 1) : this.message;
    return `${where}${message} [${this.code}]`;
  }

  /** The JSON error object the API returns. */
  toJSON(): { error: { code: ErrorCode; message: string; field?: string; line?: number } } {
    const { field, line } = this.location;
    return { error: { code: this.code, message: this.message, ...(field ? { field } : {}), ...(line ? { line } : {}) } };
  }
}

/** True when a value is a {@link GongbaoError}. */
export function isGongbaoError(value: unknown): value is GongbaoError {
  return value instanceof GongbaoError;
}
