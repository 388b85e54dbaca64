import 'server-only';
import { newestCatalogue } from '@/lib/central/central-services';
import { formatDate } from '@/lib/dates/format';
import { prisma } from '@/lib/db/prisma';
import { slugForFile } from '@/lib/http/file-response';
import { QUEUES } from '@/lib/jobs/queues';
import { RESULT_WAIT_MS, requestJobOnce, waitForStored } from '@/lib/jobs/stored-result';
import { renderBoardReportPdf } from '@/lib/pdf/render-board-report';
import type { Actor } from '@/lib/tenancy/actor';
import { STATUS_LABEL, type SchoolRow } from '@/lib/trust-overview/aggregate';
import { schoolsNeedingAttention } from '@/lib/trust-overview/attention';
import { getTrustOverview } from '@/lib/trust-overview/get-trust-overview';
import { buildBoardReportContent, type BoardReportContent } from './report-content';

// A board report is made from the comparison as the person asking sees it (their reach, today,
// the trust's current data version), stored, and rendered to PDF by a background job: no request
// waits on the renderer's CPU for longer than a short wait, and asking twice renders once.

function statusText(row: SchoolRow): string {
  if (row.latest && row.status === 'COMPLETED') return `Completed ${formatDate(row.latest.completedAt)}`;
  return row.latest ? `${STATUS_LABEL[row.status]}; last completed ${formatDate(row.latest.completedAt)}` : STATUS_LABEL[row.status];
}

export async function storeBoardReportPdf(reportId: string): Promise<void> {
  const report = await prisma.boardReport.findUnique({ where: { id: reportId }, select: { content: true, pdf: true } });
  if (!report || report.pdf) return;
  const pdf = await renderBoardReportPdf(report.content as BoardReportContent);
  await prisma.boardReport.updateMany({ where: { id: reportId, pdf: null }, data: { pdf } });
}

// The report for the trust's data as it is now, made if there is none yet.
async function currentReport(actor: Actor, trustId: string, now: Date) {
  const overview = await getTrustOverview(actor, trustId, { now });
  const found = await prisma.boardReport.findUnique({ where: { key: overview.key }, select: { id: true } });
  if (found) return { id: found.id, trust: overview.trust, day: overview.day };
  const [catalogue, services] = await Promise.all([
    newestCatalogue().catch(() => null),
    prisma.centralService.findMany({ where: { trustId: overview.trust.id }, select: { covers: true, schoolIds: true } }),
  ]);
  const reviewDays = new Map([...overview.strategies].map(([schoolId, strategy]) => [schoolId, strategy.reviewDay]));
  const day = overview.day;
  const content = buildBoardReportContent({
    trust: { id: overview.trust.id, name: overview.trust.name },
    generatedAt: now,
    day,
    rows: overview.rows,
    columns: overview.columns,
    averages: overview.averages,
    overall: overview.overall,
    trends: overview.trends,
    gaps: overview.gaps,
    gapSchools: overview.gapSchools,
    assessedSchools: overview.assessedSchools,
    attention: schoolsNeedingAttention(overview.rows, reviewDays, day),
    catalogue: catalogue?.standards ?? [],
    services,
    statusText,
  });
  // This person's older reports of the trust go: each is superseded by the data changing.
  const [, report] = await prisma.$transaction([
    prisma.boardReport.deleteMany({ where: { trustId: overview.trust.id, requestedById: actor.userId, key: { not: overview.key } } }),
    prisma.boardReport.upsert({
      where: { key: overview.key },
      create: { trustId: overview.trust.id, requestedById: actor.userId, key: overview.key, content },
      update: {},
      select: { id: true },
    }),
  ]);
  return { id: report.id, trust: overview.trust, day };
}

export function boardReportFileName(trustName: string, day: string): string {
  return `${slugForFile(trustName)}-board-report-${day}.pdf`;
}

export async function getBoardReportPdf(actor: Actor, trustId: string, options: { waitMs?: number; now?: Date } = {}) {
  const now = options.now ?? new Date();
  const report = await currentReport(actor, trustId, now);
  const pdf = await waitForStored(
    async () => {
      const row = await prisma.boardReport.findUnique({ where: { id: report.id }, select: { pdf: true } });
      return row?.pdf ? new Uint8Array(row.pdf) : null;
    },
    () => requestJobOnce(QUEUES.boardReport, `board-report:${report.id}`, { reportId: report.id }),
    options.waitMs ?? RESULT_WAIT_MS,
  );
  return { pdf, trust: report.trust, filename: boardReportFileName(report.trust.name, report.day) };
}
