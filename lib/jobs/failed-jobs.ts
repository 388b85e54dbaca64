import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { forbidden } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';

export type FailedJob = { id: string; queue: string; error: string; retries: number; createdOn: Date; failedOn: Date | null };

// Jobs that gave up after their retries, newest first, for platform admins only. Jobs carry no
// tenant, and mail jobs hold addresses and links: nobody else sees them.
export async function listFailedJobs(actor: Actor, limit = 50): Promise<FailedJob[]> {
  if (!actor.isPlatformAdmin) throw forbidden('Only platform administrators can see background jobs.');
  const installed = await prisma.$queryRaw<Array<{ exists: boolean }>>`SELECT to_regclass('pgboss.job') IS NOT NULL AS "exists"`;
  if (!installed[0]?.exists) return [];
  const rows = await prisma.$queryRaw<Array<{ id: string; name: string; output: unknown; retry_count: number; created_on: Date; completed_on: Date | null }>>`
    SELECT id::text, name, output, retry_count, created_on, completed_on FROM pgboss.job
    WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT ${Math.min(Math.max(limit, 1), 200)}`;
  return rows.map((row) => ({
    id: row.id,
    queue: row.name,
    error: errorText(row.output),
    retries: row.retry_count,
    createdOn: row.created_on,
    failedOn: row.completed_on,
  }));
}

function errorText(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output && typeof (output as { message: unknown }).message === 'string') {
    return (output as { message: string }).message.slice(0, 500);
  }
  return JSON.stringify(output ?? null).slice(0, 500);
}
