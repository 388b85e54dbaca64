import { expect } from 'vitest';
import { AppError, type AppErrorCode } from '@/lib/errors';

export async function expectAppError(promise: Promise<unknown>, code: AppErrorCode, message?: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected an AppError ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).message).toMatch(message);
  return error as AppError;
}
