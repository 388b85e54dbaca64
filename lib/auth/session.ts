import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { prisma } from '@/lib/db/prisma';
import type { Actor } from '@/lib/tenancy/actor';
import { authOptions } from './options';

// Read once per request: the session names the person, the database says what they are now.
export const getActor = cache(async (): Promise<Actor | null> => {
  // Signed-in pages are per request, never prerendered at build time.
  await connection();
  const session = await getServerSession(authOptions());
  if (!session?.userId) return null;
  const user = await prisma.user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, isPlatformAdmin: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== (session.sessionVersion ?? 0)) return null;
  return { userId: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin };
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/sign-in');
  return actor;
}
