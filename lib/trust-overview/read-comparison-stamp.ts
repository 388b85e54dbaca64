import 'server-only';
import { prisma } from '@/lib/db/prisma';

export type ComparisonStamp = {
  // Changes whenever anything the comparison page (with its header, tabs and access check) is
  // made from has changed: see the statement below.
  stamp: string;
  // Whether a rendered copy may be kept for this person: trust members and platform admins only.
  // Advisers are never served a copy, so every page they open is rendered, and logged, afresh.
  keepable: boolean;
};

type Row = {
  userName: string;
  email: string;
  isPlatformAdmin: boolean;
  userUpdatedAt: Date;
  trustName: string;
  archivedAt: Date | null;
  dataVersion: number;
  trustUpdatedAt: Date;
  catalogueVersionId: string | null;
  trustMember: boolean;
  adviser: boolean;
  memberships: string;
};

/**
 * One statement that says whether a copy of the comparison page rendered for this person is
 * still the page they would get now (lib/trust-overview/comparison-snapshot.ts). It decides no
 * access itself: a copy is only ever made by a full render, through the data layer's checks, and
 * this only tells whether any input of that render has changed since. Those inputs are:
 *  - the person: session version (signing out or a new password ends every copy), name, email
 *    and platform-admin flag, and User.updatedAt for anything else on the row;
 *  - every membership they hold, with the trust or school it is in and that school's trust, so
 *    a role change, a membership gained or lost, or a renamed or archived organisation in the
 *    header's switcher all give a new stamp;
 *  - the trust's data version, raised by triggers on everything the comparison shows
 *    (docs/decisions/013-comparison-cache.md), and its own row (name, archived, updatedAt);
 *  - the newest catalogue version (the columns).
 * The day and the view are in the key beside it. Null when the session no longer counts.
 */
export async function readComparisonStamp(userId: string, sessionVersion: number, trustId: string): Promise<ComparisonStamp | null> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT u.name AS "userName", u.email, u."isPlatformAdmin", u."updatedAt" AS "userUpdatedAt",
      t.name AS "trustName", t."archivedAt", t."dataVersion", t."updatedAt" AS "trustUpdatedAt",
      (SELECT c.id FROM "CatalogueVersion" c ORDER BY c."publishedOn" DESC, c."loadedAt" DESC LIMIT 1) AS "catalogueVersionId",
      EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u.id AND m."trustId" = t.id) AS "trustMember",
      EXISTS (SELECT 1 FROM "AdviserGrant" g WHERE g."adviserId" = u.id) AS "adviser",
      (SELECT coalesce(md5(string_agg(concat_ws(':', m.id, m.role, mt.name, mt."archivedAt", ms.name, ms."archivedAt", st.name, m."updatedAt", mt."updatedAt", ms."updatedAt"), ',' ORDER BY m.id)), '')
         FROM "Membership" m
         LEFT JOIN "Trust" mt ON mt.id = m."trustId"
         LEFT JOIN "School" ms ON ms.id = m."schoolId"
         LEFT JOIN "Trust" st ON st.id = ms."trustId"
        WHERE m."userId" = u.id) AS "memberships"
    FROM "User" u CROSS JOIN "Trust" t
    WHERE u.id = ${userId} AND u."sessionVersion" = ${sessionVersion} AND t.id = ${trustId}`;
  const row = rows[0];
  if (!row) return null;
  return {
    stamp: [
      row.userName,
      row.email,
      row.isPlatformAdmin ? 'admin' : '',
      row.userUpdatedAt.getTime(),
      row.memberships,
      row.trustName,
      row.archivedAt?.getTime() ?? '',
      row.dataVersion,
      row.trustUpdatedAt.getTime(),
      row.catalogueVersionId ?? '',
    ].join('\n'),
    keepable: !row.adviser && (row.trustMember || row.isPlatformAdmin),
  };
}
