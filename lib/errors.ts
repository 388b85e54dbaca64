// One error type for everything the app expects to go wrong; anything else is a bug. What each
// code tells the browser is in lib/http/status.ts.
export type AppErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION' | 'RATE_LIMITED';

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  // Extra facts for the form, e.g. the latest versions after an edit conflict.
  readonly data?: Record<string, string>;

  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, string[]>, data?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.data = data;
  }
}

// Another tenant's record and a record that does not exist look the same from outside.
export const notFound = (what = 'That page') => new AppError('NOT_FOUND', `${what} could not be found.`);
export const forbidden = (message = 'You do not have permission to do that.') => new AppError('FORBIDDEN', message);
export const conflict = (message: string, fieldErrors?: Record<string, string[]>) => new AppError('CONFLICT', message, fieldErrors);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
