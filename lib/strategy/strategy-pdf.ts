import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { notFound } from '@/lib/errors';
import { fileSafeName } from '@/lib/http/file-response';
import { QUEUES } from '@/lib/jobs/queues';
import { RESULT_WAIT_MS, requestJobOnce, waitForStored } from '@/lib/jobs/stored-result';
import { renderStrategyPdf } from '@/lib/pdf/render-strategy';
import { zipStream, type ZipEntry } from '@/lib/pdf/zip';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';
import { getTrust } from '@/lib/trusts/get-trust';
import type { StrategyContent } from './content';

export function strategyFileName(content: Pick<StrategyContent, 'school' | 'number'>): string {
  return `${fileSafeName(content.school.name)}-digital-strategy-v${content.number}.pdf`;
}

// Each version's PDF is rendered once, in a background job (lib/jobs/handlers.ts), and kept, so a
// version always gives the same file and no request ever waits on the renderer's CPU.
export async function storeStrategyPdf(versionId: string): Promise<void> {
  const version = await prisma.strategyVersion.findUnique({ where: { id: versionId }, select: { id: true, content: true, pdf: true } });
  if (!version || version.pdf) return;
  const pdf = await renderStrategyPdf(version.content as StrategyContent);
  await prisma.strategyVersion.updateMany({ where: { id: version.id, pdf: null }, data: { pdf } });
}

export async function requestStrategyPdf(versionId: string): Promise<void> {
  await requestJobOnce(QUEUES.strategyPdf, `strategy-pdf:${versionId}`, { versionId });
}

export const PDF_WAIT_MS = RESULT_WAIT_MS;
function waitForPdf(versionId: string, waitMs: number): Promise<Uint8Array<ArrayBuffer> | null> {
  return waitForStored(
    async () => {
      const row = await prisma.strategyVersion.findUniqueOrThrow({ where: { id: versionId }, select: { pdf: true } });
      return row.pdf ? new Uint8Array(row.pdf) : null;
    },
    () => requestStrategyPdf(versionId),
    waitMs,
  );
}

export async function getStrategyPdf(actor: Actor, schoolId: string, number: number, options: { waitMs?: number } = {}) {
  const version = await prisma.strategyVersion.findFirst({
    where: { schoolId, number, school: { is: schoolWhere(actor, 'strategy:read-published') } },
    select: { id: true, content: true },
  });
  if (!version) throw notFound('That version of the strategy');
  const content = version.content as StrategyContent;
  return { pdf: await waitForPdf(version.id, options.waitMs ?? PDF_WAIT_MS), filename: strategyFileName(content) };
}

// The newest published strategy of every school in the trust, as one zip. Only the newest
// version's id is read per school (DISTINCT ON, in SQL), then each PDF is read and written to the
// stream in turn, so memory holds one file at a time.
// The trust's schools this person may read the strategies of, and which have published one.
async function strategiesOfTrust(actor: Actor, trustId: string) {
  const trust = await getTrust(actor, trustId);
  const schools = await prisma.school.findMany({
    where: { AND: [{ trustId: trust.id, archivedAt: null }, schoolWhere(actor, 'strategy:read-published')] },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
  const newest =
    schools.length === 0
      ? []
      : await prisma.$queryRaw<Array<{ id: string; schoolId: string }>>`
          SELECT DISTINCT ON ("schoolId") "id", "schoolId" FROM "StrategyVersion"
          WHERE "schoolId" = ANY(${schools.map((school) => school.id)}::text[])
          ORDER BY "schoolId", "number" DESC`;
  const published = new Set(newest.map((v) => v.schoolId));
  return { trust, schools, newest, without: schools.filter((school) => !published.has(school.id)) };
}

export type LatestStrategy = { number: number; publishedAt: Date; reviewDay: string | null };

/** Each school's newest published strategy (number and review date), for those the actor may read: two queries. */
export async function latestStrategies(actor: Actor, schoolIds: string[]): Promise<Map<string, LatestStrategy>> {
  if (schoolIds.length === 0) return new Map();
  const readable = await prisma.school.findMany({
    where: { AND: [{ id: { in: schoolIds } }, schoolWhere(actor, 'strategy:read-published')] },
    select: { id: true },
  });
  if (readable.length === 0) return new Map();
  const rows = await prisma.$queryRaw<Array<{ schoolId: string; number: number; publishedAt: Date; reviewDay: string | null }>>`
    SELECT DISTINCT ON ("schoolId") "schoolId", "number", "publishedAt", content->'sections'->>'reviewDate' AS "reviewDay" FROM "StrategyVersion"
    WHERE "schoolId" = ANY(${readable.map((school) => school.id)}::text[])
    ORDER BY "schoolId", "number" DESC`;
  return new Map(rows.map((row) => [row.schoolId, { number: row.number, publishedAt: row.publishedAt, reviewDay: row.reviewDay || null }]));
}

// The newest published strategy of every school in the trust, in one zip, with a note naming the
// schools that have none (an empty or short zip must not look complete).
export async function getTrustStrategiesZip(actor: Actor, trustId: string) {
  const { trust, schools, newest, without } = await strategiesOfTrust(actor, trustId);
  // Every PDF must exist before the stream starts: a zip cannot say "come back later" halfway.
  const missing = await prisma.strategyVersion.findMany({ where: { id: { in: newest.map((v) => v.id) }, pdf: null }, select: { id: true } });
  for (const { id } of missing) await requestStrategyPdf(id);
  const ready = missing.length === 0 || (await Promise.all(missing.map(({ id }) => waitForPdf(id, PDF_WAIT_MS)))).every(Boolean);
  if (!ready) return { trust, count: newest.length, zip: null };
  async function* files(): AsyncGenerator<ZipEntry> {
    if (without.length > 0) {
      const note = [
        `${trust.name}: ${newest.length} of ${schools.length} schools have a published digital strategy.`,
        '',
        'Schools without a published strategy:',
        ...without.map((school) => `- ${school.name}`),
        '',
      ].join('\r\n');
      yield { name: 'Schools without a published strategy.txt', data: new TextEncoder().encode(note) };
    }
    for (const { id } of newest) {
      const version = await prisma.strategyVersion.findUniqueOrThrow({ where: { id }, select: { content: true, pdf: true } });
      yield { name: strategyFileName(version.content as StrategyContent), data: new Uint8Array(version.pdf!) };
    }
  }
  return { trust, count: newest.length, zip: zipStream(files()) };
}
