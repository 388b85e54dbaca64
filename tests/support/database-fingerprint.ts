// A fingerprint of everything people can change: equal before and after means nothing was written.
// Throttle counters and security events (sign-ins, refusals) are left out: they are meant to change.
import type pg from 'pg';

export async function databaseFingerprint(db: pg.Client): Promise<string> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
     AND table_name NOT IN ('SignInThrottle', '_prisma_migrations') ORDER BY 1`,
  );
  const parts: string[] = [];
  for (const { name } of rows) {
    const filter = name === 'AuditEvent' ? `WHERE "event" NOT LIKE 'auth.%' AND "event" NOT LIKE 'access.%'` : '';
    const result = await db.query<{ digest: string }>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t ${filter}`,
    );
    parts.push(`${name}:${result.rows[0]!.digest}`);
  }
  return parts.join('\n');
}
