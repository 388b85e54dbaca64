import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAssessment } from '@/lib/assessment/complete-assessment';
import { startAssessment } from '@/lib/assessment/start-assessment';
import { getBoardReportPdf } from '@/lib/board-report/board-report';
import type { BoardReportContent } from '@/lib/board-report/report-content';
import { prisma } from '@/lib/db/prisma';
import { startWorker } from '@/lib/jobs/worker';
import { pdfPageCount } from '@/lib/pdf/page-count';
import { DFE_2026_11 } from '@/lib/standards/catalogue';
import { loadCatalogue } from '@/lib/standards/load-catalogue';
import { expectAppError } from '../support/expect-app-error';
import { answerEverything, makeWorld } from '../support/factories';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let worker: Awaited<ReturnType<typeof startWorker>>;

beforeAll(async () => {
  w = await makeWorld();
  await loadCatalogue(prisma as never, DFE_2026_11);
  const catalogueVersionId = (await prisma.catalogueVersion.findUniqueOrThrow({ where: { version: DFE_2026_11.version } })).id;
  // Trust A's first school completes a cycle with every requirement not met; the second has none.
  const cycle = await startAssessment(w.leaderA, w.schoolA.id, { catalogueVersionId });
  await answerEverything(cycle.id, 'NOT_MET');
  await completeAssessment(w.leaderA, cycle.id);
  // Trust B's school completes one too: none of it may reach trust A's report.
  const other = await startAssessment(w.leaderB, w.schoolB.id, { catalogueVersionId });
  await answerEverything(other.id, 'NOT_MET');
  await completeAssessment(w.leaderB, other.id);
  await prisma.centralService.create({ data: { trustId: w.trustA.id, covers: 'standard:broadband-internet' } });
  // Board reports are rendered by a background worker, never in the request: run one.
  worker = await startWorker({ pollingIntervalSeconds: 0.5 });
}, 60_000);

afterAll(async () => {
  await worker.stop();
});

const reportsOf = (userId: string) => prisma.boardReport.findMany({ where: { requestedById: userId }, select: { id: true, content: true } });

describe('the trust board report', () => {
  it('is made by the worker from the comparison, for the trust’s own people only', async () => {
    const first = await getBoardReportPdf(w.trustViewerA, w.trustA.id, { waitMs: 30_000 });
    if (!first.pdf) throw new Error('The worker did not render the board report');
    expect(Buffer.from(first.pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(pdfPageCount(first.pdf)).toBeGreaterThanOrEqual(4);
    expect(first.filename).toMatch(/-board-report-\d{4}-\d{2}-\d{2}\.pdf$/);

    const [report] = await reportsOf(w.trustViewerA.userId);
    const content = report!.content as BoardReportContent;
    expect(content.trust.name).toBe(w.trustA.name);
    expect(content.rows.map((r) => r.name).sort()).toEqual([w.schoolA.name, w.schoolA2.name].sort());
    expect(content.assessedSchools).toBe(1);
    expect(content.gaps[0]!.names).toEqual([w.schoolA.name]);
    expect(content.attention.map((a) => a.name)).toContain(w.schoolA2.name);
    expect(content.coverage).toEqual([expect.objectContaining({ mode: 'standard', schools: 'all' })]);
    expect(JSON.stringify(content)).not.toContain(w.schoolB.name);

    for (const actor of [w.trustAdminB, w.leaderA, w.governorA, w.contributorA, w.standaloneLeader]) {
      await expectAppError(getBoardReportPdf(actor, w.trustA.id, { waitMs: 0 }), 'NOT_FOUND');
    }
  }, 60_000);

  it('is made once while nothing changes, and afresh (replacing the old one) when something does', async () => {
    const before = await reportsOf(w.trustViewerA.userId);
    const again = await getBoardReportPdf(w.trustViewerA, w.trustA.id, { waitMs: 30_000 });
    expect(again.pdf).not.toBeNull();
    expect((await reportsOf(w.trustViewerA.userId)).map((r) => r.id)).toEqual(before.map((r) => r.id));

    await prisma.school.update({ where: { id: w.schoolA2.id }, data: { name: `${w.schoolA2.name} (renamed)` } });
    const changed = await getBoardReportPdf(w.trustViewerA, w.trustA.id, { waitMs: 30_000 });
    expect(changed.pdf).not.toBeNull();
    const after = await reportsOf(w.trustViewerA.userId);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).not.toBe(before[0]!.id);
    expect((after[0]!.content as BoardReportContent).rows.map((r) => r.name)).toContain(`${w.schoolA2.name} (renamed)`);
  }, 90_000);
});
