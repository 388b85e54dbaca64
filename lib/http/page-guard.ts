import 'server-only';
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors';

// Pages show the not-found page for anything outside the visitor's reach.
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) notFound();
    throw error;
  }
}
