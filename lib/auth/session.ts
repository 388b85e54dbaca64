import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import type { Actor } from '@/lib/tenancy/actor';
import { authOptions } from './options';

// Read once per request: the session names the person, the database says what they are now.
export const getActor = cache(async (): Promise<Actor | null> => {
  // Signed-in pages are per request, never prerendered at build time.
  await connection();
  const session = await getServerSession(authOptions());
  // The session callback has already read the person and checked the session is still current.
  return session?.actor ?? null;
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/sign-in');
  return actor;
}
