import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { notFound } from '@/lib/errors';
import { fileSafeName } from '@/lib/http/file-response';
import { renderStrategyPdf } from '@/lib/pdf/render-strategy';
import { zipStream, type ZipEntry } from '@/lib/pdf/zip';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';
import { getTrust } from '@/lib/trusts/get-trust';
import type { StrategyContent } from './content';

export function strategyFileName(content: Pick<StrategyContent, 'school' | 'number'>): string {
  return `${fileSafeName(content.school.name)}-digital-strategy-v${content.number}.pdf`;
}

// Rendered once per version and kept, so a version always gives the same file and downloads
// never wait on the renderer after the first.
async function pdfFor(version: { id: string; content: unknown; pdf: Uint8Array | null }): Promise<Uint8Array<ArrayBuffer>> {
  if (version.pdf) return new Uint8Array(version.pdf);
  const pdf = await renderStrategyPdf(version.content as StrategyContent);
  await prisma.strategyVersion.updateMany({ where: { id: version.id, pdf: null }, data: { pdf } });
  const stored = await prisma.strategyVersion.findUniqueOrThrow({ where: { id: version.id }, select: { pdf: true } });
  return new Uint8Array(stored.pdf ?? pdf);
}

export async function getStrategyPdf(actor: Actor, schoolId: string, number: number) {
  const version = await prisma.strategyVersion.findFirst({
    where: { schoolId, number, school: { is: schoolWhere(actor, 'strategy:read-published') } },
    select: { id: true, content: true, pdf: true },
  });
  if (!version) throw notFound('That version of the strategy');
  const content = version.content as StrategyContent;
  return { pdf: await pdfFor(version), filename: strategyFileName(content) };
}

// Called right after publishing so the first governor to download does not wait.
export async function prerenderStrategyPdf(versionId: string) {
  const version = await prisma.strategyVersion.findUnique({ where: { id: versionId }, select: { id: true, content: true, pdf: true } });
  if (version) await pdfFor(version);
}

// The newest published strategy of every school in the trust, as one zip. Only the newest
// version's id is read per school (DISTINCT ON, in SQL), then each PDF is read and written to the
// stream in turn, so memory holds one file at a time.
export async function getTrustStrategiesZip(actor: Actor, trustId: string) {
  const trust = await getTrust(actor, trustId);
  const readable = await prisma.school.findMany({
    where: { AND: [{ trustId: trust.id, archivedAt: null }, schoolWhere(actor, 'strategy:read-published')] },
    select: { id: true },
  });
  const schoolIds = readable.map((school) => school.id);
  const newest =
    schoolIds.length === 0
      ? []
      : await prisma.$queryRaw<Array<{ id: string }>>`
          SELECT DISTINCT ON ("schoolId") "id" FROM "StrategyVersion"
          WHERE "schoolId" = ANY(${schoolIds}::text[])
          ORDER BY "schoolId", "number" DESC`;
  async function* files(): AsyncGenerator<ZipEntry> {
    for (const { id } of newest) {
      const version = await prisma.strategyVersion.findUniqueOrThrow({ where: { id }, select: { id: true, content: true, pdf: true } });
      yield { name: strategyFileName(version.content as StrategyContent), data: await pdfFor(version) };
    }
  }
  return { trust, count: newest.length, zip: zipStream(files()) };
}
